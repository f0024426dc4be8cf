import { answersOnly, toFilters, toSort } from '../../lib/search/query-state';
import { moveSelection } from '../../lib/search/keyboard';
import { find } from '../../lib/search/find';
import { EMPTY_CONFIG } from '../../lib/search/search-config';
import { loadSearch, SearchUnavailable } from './pagefind-client';
import { emptyState, resultLinks, showResults, wayForward } from './render-results';
import { stateOf, syncUrl, type UrlSync } from './url-state';

/** The server-rendered elements a search form enhances (on /search/ and in the dialog). */
export interface SearchParts {
  /** Holds the form and the results; arrow keys work anywhere inside it. */
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  type?: HTMLSelectElement | null;
  topic?: HTMLSelectElement | null;
  sort?: HTMLSelectElement | null;
}

export interface SearchOptions {
  /** Keep the state in the address bar (`/search/` only). */
  syncUrl: boolean;
  /** Pages whose results are shown at first; more appear on request. */
  pageSize: number;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);
/** While the reader types, a search waits this long for the next key before it runs. */
const TYPING_PAUSE_MS = 250;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notSynced: UrlSync = { typed: () => undefined, committed: () => undefined };

/** Arrow keys move between the input and the result links; Enter follows the focused link natively. */
function arrowKeys(parts: SearchParts): void {
  parts.root.addEventListener('keydown', (e) => {
    if (!NAV_KEYS.has(e.key)) return;
    const all = resultLinks(parts.results);
    const inInput = document.activeElement === parts.input;
    const current = inInput ? -1 : all.indexOf(document.activeElement as HTMLAnchorElement);
    // Only from the box or a result; in the box, Home and End keep moving the text cursor.
    if ((!inInput && current === -1) || (inInput && (e.key === 'Home' || e.key === 'End'))) return;
    const next = moveSelection(current, e.key, all.length);
    if (next === current) return;
    e.preventDefault();
    (next === -1 ? parts.input : all[next])?.focus();
  });
}

/** Searches as the reader types (debounced), and at once on Enter or a changed filter. */
function listen(parts: SearchParts, url: UrlSync, run: (immediate?: boolean) => Promise<void>) {
  parts.input.addEventListener('input', () => {
    url.typed();
    void run();
  });
  parts.form.addEventListener('submit', (e) => {
    e.preventDefault();
    url.committed();
    void run(true);
  });
  for (const select of [parts.type, parts.topic, parts.sort]) {
    select?.addEventListener('change', () => {
      url.committed();
      void run(true);
    });
  }
}

/**
 * Wires a search form to Pagefind: each change runs a search and shows its results (see
 * render-results.ts), the address bar follows on /search/ (see url-state.ts), and arrow keys move
 * through the results.
 */
export function attachSearch(
  parts: SearchParts,
  options: SearchOptions,
): { run: () => Promise<void> } {
  // Numbers each search, so that a slow one finishing after a newer one does not show its results.
  let searchesStarted = 0;

  async function run(immediate = false): Promise<void> {
    const state = stateOf(parts);
    const thisSearch = ++searchesStarted;
    const superseded = () => thisSearch !== searchesStarted;
    if (!state.q) {
      parts.status.textContent = '';
      parts.results.replaceChildren();
      const { config } = await loadSearch().catch(() => ({ config: EMPTY_CONFIG }));
      if (!superseded()) parts.results.replaceChildren(emptyState(config));
      return;
    }
    try {
      if (!immediate) await pause(TYPING_PAUSE_MS);
      if (superseded()) return;
      const { pf, config } = await loadSearch();
      const request = {
        q: state.q,
        filters: toFilters(state),
        sort: toSort(state),
        answersOnly: answersOnly(state),
      };
      const found = await find(pf, request, config, options.pageSize);
      if (superseded()) return;
      showResults({ ...parts, pageSize: options.pageSize }, found, state.q, config);
    } catch (error) {
      if (superseded()) return;
      parts.status.textContent =
        error instanceof SearchUnavailable ? error.message : 'Search failed. Please try again.';
      parts.results.replaceChildren(wayForward(state.q, [], EMPTY_CONFIG));
    }
  }

  if (import.meta.env.DEV) {
    parts.status.textContent =
      'Search works only on the built site. Run “npm run build”, then “npm run serve”, and search there.';
  }

  listen(parts, options.syncUrl ? syncUrl(parts, () => void run(true)) : notSynced, run);
  arrowKeys(parts);

  return { run: () => run(true) };
}
