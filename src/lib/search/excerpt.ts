/**
 * Excerpts for search results: the stretch of a page (or of one FAQ answer) where the searched
 * words cluster, with those words marked. Pagefind's own excerpt follows one searched word; search
 * here asks for each word on its own, so the excerpt is built from all of them. Pure.
 */
import { escapeHtml } from '../html.ts';

/** Words in an excerpt. */
export const EXCERPT_WORDS = 26;

/**
 * The window of `size` words within [from, to) holding the most matches (the earliest of equals),
 * as HTML: the text escaped, matched words in `<mark>`, an ellipsis where text was cut.
 */
export function excerptHtml(
  words: readonly string[],
  matches: ReadonlySet<number>,
  from: number,
  to: number,
  size = EXCERPT_WORDS,
): string {
  const end = Math.min(to, words.length);
  if (end <= from) return '';
  let best = from;
  let bestCount = -1;
  for (let start = from; start < Math.max(from + 1, end - size + 1); start++) {
    let count = 0;
    for (let l = start; l < Math.min(end, start + size); l++) if (matches.has(l)) count++;
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  const stop = Math.min(end, best + size);
  const text = words
    .slice(best, stop)
    .map((w, i) => (matches.has(best + i) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)))
    .join(' ');
  return `${best > from ? '… ' : ''}${text}${stop < end ? ' …' : ''}`;
}
