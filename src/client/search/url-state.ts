import { readState, writeState, type SearchState } from '../../lib/search/query-state';
import type { SearchParts } from './search-controller';

/** The state the form shows now. */
export const stateOf = (p: SearchParts): SearchState => ({
  q: p.input.value.replace(/\s+/g, ' ').trim(),
  type: p.type?.value ?? '',
  topic: p.topic?.value ?? '',
  sort: p.sort?.value === 'newest' ? 'newest' : '',
});

/** Puts a state into the form's fields. */
export function fillForm(p: SearchParts, s: SearchState): void {
  p.input.value = s.q;
  if (p.type) p.type.value = s.type;
  if (p.topic) p.topic.value = s.topic;
  if (p.sort) p.sort.value = s.sort;
}

/** What the search tells the address bar: a keystroke, or a finished choice (Enter, a filter). */
export interface UrlSync {
  typed(): void;
  committed(): void;
}

/**
 * Keeps `/search/`'s state in the address bar so that a search can be shared, and Back and Forward
 * restore the form (then `rerun` searches again). The first keystroke after a finished search
 * starts a new history entry; later keystrokes update it, so Back returns to the previous search
 * rather than to each letter typed.
 */
export function syncUrl(parts: SearchParts, rerun: () => void): UrlSync {
  let typing = false;
  const write = (push: boolean) => {
    const next = `${location.pathname}${writeState(stateOf(parts))}`;
    if (next === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  };
  window.addEventListener('popstate', () => {
    fillForm(parts, readState(location.search));
    typing = false;
    rerun();
  });
  return {
    typed() {
      write(!typing);
      typing = true;
    },
    committed() {
      write(true);
      typing = false;
    },
  };
}
