// Small text tools for the content lint: what a reader reads in an MDX body, its sentences,
// its citation markers and its example boxes.

/** Every id cited with <Cite id="…" /> in a body, in order (repeats kept). */
export function citedIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)].map((m) => m[1] ?? '');
}

/** The inner text of each <Callout type="example"> box. */
export function exampleCallouts(body: string): string[] {
  return [
    ...body.matchAll(/<Callout\b[^>]*\btype=["']example["'][^>]*>([\s\S]*?)<\/Callout>/g),
  ].map((m) => m[1] ?? '');
}

/**
 * The body's sentences. A citation marker written just after the full stop belongs to the
 * sentence before it, so it is moved inside first.
 */
export function sentences(text: string): string[] {
  const citesInside = text.replace(/([.?!]["”’)]?)((?:\s*<Cite[^>]*\/>)+)/g, '$2$1');
  return citesInside
    .split(/(?<=[.?!]["”’)]?)\s+|\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Claims of a research finding that must carry their citation in the same sentence. */
export const FINDING_PHRASE =
  /\b(?:studies|research|evidence|science)\s+(?:shows?|suggests?|has shown|have shown|proves?|finds|has found|have found)\b/i;

/** Sentences that claim a finding but cite nothing. */
export function uncitedFindings(text: string): string[] {
  return sentences(text).filter((s) => FINDING_PHRASE.test(s) && !s.includes('<Cite'));
}

/** Matches a name as a whole word, also for names with accents ("Lucía"). */
export const nameInText = (name: string, text: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}])${name}(?![\\p{L}\\p{M}])`, 'u').test(text);

/** Capitalised words that are not names, even in the middle of a sentence. */
const NOT_NAMES = new Set([
  'I',
  'OK',
  'TV',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Christmas',
  'Easter',
  'Mum',
  'Dad',
  // Places that examples name.
  'Leeds',
  'Gdańsk',
]);

/** Every word written in lower case somewhere in the texts: the site's ordinary vocabulary. */
export function lowerCaseWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\p{Ll}[\p{Ll}\p{M}]*/gu)) words.add(m[0]);
  return words;
}

/**
 * Words in an example that look like a person's name: capitalised in the middle of a sentence (and
 * not a day, a month or "I"), or capitalised at the start of one and never written in lower case
 * anywhere in `vocabulary`. Words in `allowed` (the names the article lists) are left out.
 */
export function nameLikeWords(
  text: string,
  allowed: Iterable<string> = [],
  vocabulary = new Set<string>(),
): Set<string> {
  const skip = new Set([...NOT_NAMES, ...allowed]);
  const found = new Set<string>();
  const plain = text.replace(/<[^>]+>/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const word =
    /(?<![\p{L}\p{M}'’])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}])/gu;
  for (const m of plain.matchAll(word)) {
    const w = m[1] ?? '';
    if (skip.has(w)) continue;
    const before = plain.slice(0, m.index).trimEnd();
    const startsSentence = before === '' || /[.?!:;"“‘*(\n]$/.test(before);
    if (!startsSentence || !vocabulary.has(w.toLowerCase())) found.add(w);
  }
  return found;
}
