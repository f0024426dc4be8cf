/**
 * The search page keeps its state in the URL (`/search/?q=…&type=…&topic=…`) so a search can be
 * shared and back/forward restore it. Pure functions; the UI calls them.
 */

export interface SearchState {
  q: string;
  type: string;
  topic: string;
  /** '' = best match first; 'newest' = most recently published first. */
  sort: '' | 'newest';
}

/** Longest query we send to Pagefind; longer input is cut rather than rejected. */
export const MAX_QUERY = 200;

const clean = (v: string | null): string => (v ?? '').replace(/\s+/g, ' ').trim();

/** Reads the state from a query string such as `location.search`. Unknown parameters are ignored. */
export function readState(search: string): SearchState {
  const p = new URLSearchParams(search);
  return {
    q: clean(p.get('q')).slice(0, MAX_QUERY),
    type: clean(p.get('type')),
    topic: clean(p.get('topic')),
    sort: p.get('sort') === 'newest' ? 'newest' : '',
  };
}

/** Writes the state back as a query string (with `?`, or empty), leaving out empty parts. */
export function writeState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.type) p.set('type', state.type);
  if (state.topic) p.set('topic', state.topic);
  if (state.sort) p.set('sort', state.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The Pagefind `filters` option for the chosen type and topic. */
export function toFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters['type'] = state.type;
  if (state.topic) filters['topic'] = state.topic;
  return filters;
}

/** The Pagefind `sort` option: by the `date` sort key (YYYY-MM-DD), newest first. */
export function toSort(state: SearchState): Record<string, 'asc' | 'desc'> {
  return state.sort === 'newest' ? { date: 'desc' } : {};
}

/** The sentence the status region announces after a search. */
export function countMessage(count: number, q: string): string {
  if (!q) return '';
  if (count === 0) return `No results for “${q}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${q}”.`;
}

/**
 * Glue words readers type in natural questions ("what is the difference between…"). Pagefind
 * requires every word of a query to match, so one of these missing from a short FAQ answer would
 * hide the best result; they carry no meaning for ranking either.
 */
const GLUE = new Set(
  (
    'a an the and or but of to in on at for from with about between into vs versus ' +
    'what whats how why when where who which is are was were be been do does did can could ' +
    'should would will shall i im me my we our us you your it its this that these those there ' +
    'if so than then'
  ).split(' '),
);

/**
 * The words actually sent to Pagefind: glue words removed, unless the query is a quoted phrase
 * or consists of glue words only (then it is sent as typed).
 */
export function searchTerms(q: string): string {
  const trimmed = q.trim();
  if (/^".+"$/.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !GLUE.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}
