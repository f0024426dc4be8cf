import { countMessage } from '../../lib/search/query-state';
import type { PagefindResultData, PagefindSearch } from './pagefind-client';
import { PAGES } from '../../lib/paths/pages';

/** Builds one result: title link, type and topic, excerpt with the matched words in <mark>. */
export function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta['title'] ?? r.url;
  const h = document.createElement('h3');
  h.append(a);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  const type = r.meta['type'] ?? r.filters['type']?.[0];
  const topic = r.meta['topic'] ?? r.filters['topic']?.[0];
  facts.textContent = [type, topic].filter(Boolean).join(' · ');
  const date = r.meta['date'];
  if (date && date !== '0000-00-00') {
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    facts.append(' · ', time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind escapes the page text and adds only <mark> elements, so this HTML is safe to insert.
  excerpt.innerHTML = r.excerpt;
  li.append(h, facts, excerpt);
  return li;
}

/** What to offer when nothing matched: the FAQ hub, the quizzes and "ask your question". */
export function noResultsHelp(): HTMLElement {
  const div = document.createElement('div');
  div.className = 'search-help';
  div.innerHTML =
    '<p>Try fewer or different words, or find help another way:</p>' +
    `<ul><li><a href="${PAGES.faq}">Browse every FAQ answer</a></li>` +
    `<li><a href="${PAGES.quizzes}">Take a quiz</a></li>` +
    `<li><a href="${PAGES.ask}">Ask your question</a></li></ul>`;
  return div;
}

/** Where results go and how many to show at once. */
export interface ResultsTarget {
  results: HTMLElement;
  status: HTMLElement;
  pageSize: number;
}

/** The result title links, in order (the arrow keys move between them). */
export const resultLinks = (results: HTMLElement) => [
  ...results.querySelectorAll<HTMLAnchorElement>('.search-result h3 a'),
];

/**
 * Shows the first page of results and a "Show more results" button for the rest, then announces
 * the count. `superseded` is asked after each wait: a newer search may have started meanwhile,
 * and its results must not be replaced by these.
 */
export async function showResults(
  target: ResultsTarget,
  all: PagefindSearch['results'],
  q: string,
  superseded: () => boolean,
): Promise<void> {
  const list = document.createElement('ul');
  list.className = 'search-results';
  const addPage = async (from: number) => {
    const page = await Promise.all(all.slice(from, from + target.pageSize).map((r) => r.data()));
    list.append(...page.map(resultItem));
    return from + page.length;
  };
  let shown = await addPage(0);
  if (superseded()) return;
  const nodes: Node[] = all.length === 0 ? [noResultsHelp()] : [list];
  if (shown < all.length) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.textContent = 'Show more results';
    more.addEventListener('click', () => {
      const first = shown;
      void addPage(shown).then((next) => {
        shown = next;
        resultLinks(target.results)[first]?.focus();
        if (shown >= all.length) more.remove();
      });
    });
    nodes.push(more);
  }
  target.results.replaceChildren(...nodes);
  target.status.textContent = countMessage(all.length, q);
}
