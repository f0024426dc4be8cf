/**
 * Links search hands out: a result with the searched words to mark, and "ask us this question"
 * with the question written in for the reader. Pure, unit-tested.
 */
import { PAGES } from '../paths/pages.ts';

/** The ask form takes questions of at most this many characters (src/server/submissions). */
export const MAX_ASK_QUESTION = 300;

/**
 * A result link that marks the given words on arrival (`?highlight=` once per word, as the page's
 * highlighter reads them), keeping the answer anchor after the query string.
 */
export function highlightUrl(url: string, words: readonly string[]): string {
  const [base = '', hash] = url.split('#');
  const path = base.split('?')[0] ?? '';
  const query = words.map((w) => `highlight=${encodeURIComponent(w)}`).join('&');
  return `${path}${query ? `?${query}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * Text fit to go into the ask form: control characters gone, spaces collapsed, and cut (at a word
 * when it can) to the form's limit. The form shows it as the field's value, never as markup.
 */
export function askText(q: string): string {
  const clean = q
    // Control characters (line breaks, tabs, NUL…): the `\p{Cc}` class names them all.
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= MAX_ASK_QUESTION) return clean;
  const cut = clean.slice(0, MAX_ASK_QUESTION);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_ASK_QUESTION * 0.6 ? cut.slice(0, space) : cut).trim();
}

/** `/ask/` with the reader's question written in (nothing is sent until they press send). */
export function askPath(q: string): string {
  const text = askText(q);
  return text ? `${PAGES.ask}?q=${encodeURIComponent(text)}` : PAGES.ask;
}

/** The question `/ask/?q=` carries, ready for the form (empty when there is none). */
export const askPrefill = (search: string): string =>
  askText(new URLSearchParams(search).get('q') ?? '');
