/** Words a typical adult reads per minute on screen. */
export const WORDS_PER_MINUTE = 220;

/** Counts the words of MDX source, ignoring frontmatter, JSX tags, attributes and markdown syntax. */
export function countWords(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]|-]/g, ' ');
  return text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
}

/** Whole minutes to read this many words, never less than one. */
export function minutesForWords(words: number, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wpm));
}

/** Whole minutes to read the text, never less than one. */
export function readingMinutes(source: string, wpm = WORDS_PER_MINUTE): number {
  return minutesForWords(countWords(source), wpm);
}
