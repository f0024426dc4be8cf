import './search.css';
import { readState } from '../../lib/search/query-state';
import { attachSearch } from './search-controller';
import { fillForm } from './url-state';

/** Enhances the server-rendered form of /search/: fills it from `?q=` and runs the search. */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const results = root.querySelector<HTMLElement>('.search-region');
  if (!form || !input || !status || !results) throw new Error('search page: markup is incomplete');
  const type = root.querySelector<HTMLSelectElement>('select[name="type"]');
  const topic = root.querySelector<HTMLSelectElement>('select[name="topic"]');
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]');

  root.querySelector('[data-search-nojs]')?.remove();
  const parts = { root, form, input, status, results, type, topic, sort };
  const state = readState(location.search);
  fillForm(parts, state);
  // Ten pages at a time: each shown page's text is fetched to find its best FAQ answer.
  const search = attachSearch(parts, { syncUrl: true, pageSize: 10 });
  if (!state.q) input.focus();
  // With no query this shows the suggestions (topics, a quiz) once search has loaded.
  void search.run();
}
