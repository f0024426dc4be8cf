/**
 * The search page keeps its state in the URL (`/search/?q=…&type=…&topic=…`) so a search can be
 * shared and back/forward restore it. Pure functions; the UI calls them.
 */
import { RESULT_TYPE } from './records.ts';

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

/**
 * The "FAQ answer" type has no records of its own: answers are regions of their article, so that
 * type searches articles and shows only their answers.
 */
export const answersOnly = (state: SearchState): boolean => state.type === RESULT_TYPE.faq;

/** The Pagefind `filters` option for the chosen type and topic. */
export function toFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters['type'] = answersOnly(state) ? RESULT_TYPE.article : state.type;
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
