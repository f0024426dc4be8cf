/**
 * The search page keeps its state in the URL (`/search/?q=…&type=…&topic=…`) so a search can be
 * shared and back/forward restore it. Pure functions; the UI calls them.
 */

export interface SearchState {
  q: string;
  type: string;
  topic: string;
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
  };
}

/** Writes the state back as a query string (with `?`, or empty), leaving out empty parts. */
export function writeState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.type) p.set('type', state.type);
  if (state.topic) p.set('topic', state.topic);
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

/** The sentence the status region announces after a search. */
export function countMessage(count: number, q: string): string {
  if (!q) return '';
  if (count === 0) return `No results for “${q}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${q}”.`;
}
