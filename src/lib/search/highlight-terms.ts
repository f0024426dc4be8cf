/**
 * Finds where the searched words occur in a text, so the destination page can mark them.
 * Matching is by word start and a shared stem, so "trusting" is marked for the query "trust"
 * and "communicate" for "communication", as Pagefind's stemming would match them.
 */

/** Shortest prefix two words must share to count as the same word. */
const MIN_STEM = 4;

/** Splits the highlight parameter into distinct lowercase words of two or more letters. */
export function termsFrom(param: string | null): string[] {
  if (!param) return [];
  const words = param
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 12);
}

/** A crude stem: the word without a common English ending, never shorter than MIN_STEM. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  for (const end of ['ations', 'ation', 'ings', 'ing', 'ness', 'ies', 'ed', 'es', 'ly', 's', 'e']) {
    if (w.endsWith(end) && w.length - end.length >= MIN_STEM) return w.slice(0, -end.length);
  }
  return w;
}

/** Half-open [start, end) ranges of whole words in `text` that match one of the terms. */
export function findMatches(text: string, terms: string[]): [number, number][] {
  if (terms.length === 0) return [];
  const stems = terms.map((t) => (t.length >= MIN_STEM ? stem(t) : t));
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}']+/gu)) {
    const word = m[0].toLowerCase();
    const hit = stems.some((s, i) =>
      s.length >= MIN_STEM ? word.startsWith(s) : word === terms[i],
    );
    if (hit) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
