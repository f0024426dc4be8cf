import {
  countMessage,
  readState,
  searchTerms,
  toFilters,
  toSort,
  writeState,
  type SearchState,
} from '../../lib/search/query-state';
import { moveSelection } from '../../lib/search/keyboard';
import { loadPagefind, SearchUnavailable, type PagefindSearch } from './pagefind-client';
import { noResultsHelp, resultItem } from './render-results';

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
  /** Results shown at first; more appear on request. */
  pageSize: number;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

const stateOf = (p: SearchParts): SearchState => ({
  q: p.input.value.replace(/\s+/g, ' ').trim(),
  type: p.type?.value ?? '',
  topic: p.topic?.value ?? '',
  sort: p.sort?.value === 'newest' ? 'newest' : '',
});

/** Wires a search form to Pagefind: results, count announcements, arrow keys, URL state. */
export function attachSearch(
  parts: SearchParts,
  options: SearchOptions,
): { run: () => Promise<void> } {
  let token = 0;

  const links = () => [...parts.results.querySelectorAll<HTMLAnchorElement>('.search-result h3 a')];

  async function run(immediate = false): Promise<void> {
    const state = stateOf(parts);
    const mine = ++token;
    if (!state.q) {
      parts.results.replaceChildren();
      parts.status.textContent = '';
      return;
    }
    try {
      const pf = await loadPagefind();
      const opts = { filters: toFilters(state), sort: toSort(state) };
      const terms = searchTerms(state.q);
      const found = immediate
        ? await pf.search(terms, opts)
        : await pf.debouncedSearch(terms, opts, 250);
      if (!found || mine !== token) return; // a newer search replaced this one
      await show(found.results, state.q, mine);
    } catch (error) {
      if (mine !== token) return;
      parts.status.textContent =
        error instanceof SearchUnavailable ? error.message : 'Search failed. Please try again.';
      parts.results.replaceChildren(noResultsHelp());
    }
  }

  async function show(all: PagefindSearch['results'], q: string, mine: number): Promise<void> {
    const list = document.createElement('ul');
    list.className = 'search-results';
    const addPage = async (from: number) => {
      const page = await Promise.all(all.slice(from, from + options.pageSize).map((r) => r.data()));
      list.append(...page.map(resultItem));
      return from + page.length;
    };
    let shown = await addPage(0);
    if (mine !== token) return;
    const nodes: Node[] = all.length === 0 ? [noResultsHelp()] : [list];
    if (shown < all.length) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      more.textContent = 'Show more results';
      more.addEventListener('click', async () => {
        const first = shown;
        shown = await addPage(shown);
        links()[first]?.focus();
        if (shown >= all.length) more.remove();
      });
      nodes.push(more);
    }
    parts.results.replaceChildren(...nodes);
    parts.status.textContent = countMessage(all.length, q);
  }

  // The first keystroke after a finished search starts a new history entry; later keystrokes
  // update it, so Back returns to the previous search rather than to each letter typed.
  let typing = false;

  function syncUrl(push: boolean): void {
    if (!options.syncUrl) return;
    const next = `${location.pathname}${writeState(stateOf(parts))}`;
    if (next === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  }

  if (import.meta.env.DEV) {
    parts.status.textContent =
      'Search works only on the built site. Run “npm run build”, then “npm run serve”, and search there.';
  }

  parts.input.addEventListener('input', () => {
    syncUrl(!typing);
    typing = true;
    void run();
  });
  parts.form.addEventListener('submit', (e) => {
    e.preventDefault();
    syncUrl(true);
    typing = false;
    void run(true);
  });
  for (const select of [parts.type, parts.topic, parts.sort]) {
    select?.addEventListener('change', () => {
      syncUrl(true);
      typing = false;
      void run(true);
    });
  }
  if (options.syncUrl) {
    const fromUrl = () => {
      const s = readState(location.search);
      parts.input.value = s.q;
      if (parts.type) parts.type.value = s.type;
      if (parts.topic) parts.topic.value = s.topic;
      if (parts.sort) parts.sort.value = s.sort;
      typing = false;
      void run(true);
    };
    window.addEventListener('popstate', fromUrl);
  }

  // Arrow keys move between the input and the result links; Enter follows the focused link natively.
  parts.root.addEventListener('keydown', (e) => {
    if (!NAV_KEYS.has(e.key)) return;
    const all = links();
    const inInput = document.activeElement === parts.input;
    const current = inInput ? -1 : all.indexOf(document.activeElement as HTMLAnchorElement);
    // Only from the box or a result; in the box, Home and End keep moving the text cursor.
    if ((!inInput && current === -1) || (inInput && (e.key === 'Home' || e.key === 'End'))) return;
    const next = moveSelection(current, e.key, all.length);
    if (next === current) return;
    e.preventDefault();
    (next === -1 ? parts.input : all[next])?.focus();
  });

  return { run: () => run(true) };
}
