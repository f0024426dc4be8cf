import { countMessage } from '../../lib/search/query-state';
import { highlightUrl, askPath } from '../../lib/search/links';
import { isWeak, type Place, type ResultBlock } from '../../lib/search/result-blocks';
import type { SearchConfig } from '../../lib/search/search-config';
import type { Found } from '../../lib/search/find';
import type { SearchLink } from '../../lib/search/records';
import { RESULT_TYPE } from '../../lib/search/records';
import { PAGES } from '../../lib/paths/pages';

/** Where results go and how many pages' results to show at once. */
export interface ResultsTarget {
  results: HTMLElement;
  status: HTMLElement;
  pageSize: number;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function link(place: Place, words: readonly string[]): HTMLAnchorElement {
  const a = el('a', undefined, place.title);
  a.href = highlightUrl(place.url, words);
  return a;
}

function facts(block: ResultBlock): HTMLParagraphElement {
  const p = el('p', 'search-result-facts');
  const type = block.lead.kind === 'answer' ? RESULT_TYPE.faq : block.type;
  p.textContent = [type, block.topic].filter(Boolean).join(' · ');
  if (block.date && block.date !== '0000-00-00') {
    const time = el('time');
    time.dateTime = block.date;
    time.textContent = new Date(`${block.date}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    p.append(' · ', time);
  }
  return p;
}

/**
 * One result: the leading link (a page, or the FAQ answer that fits best), its facts and excerpt,
 * and the other place on the same page beneath it ("Answer on this page", or the article an answer
 * belongs to); on the first result, perhaps a second answer that fits nearly as well.
 */
export function resultItem(block: ResultBlock, words: readonly string[]) {
  const li = el('li', 'search-result');
  // Under the dialog's h2 "Search", or the search page's h2 "Search results".
  const h = el('h3');
  h.append(link(block.lead, words));
  const excerpt = el('p', 'search-result-excerpt');
  // Built from the page text with every piece escaped and only <mark> added (lib/search/excerpt.ts).
  excerpt.innerHTML = block.lead.excerpt;
  li.append(h, facts(block), excerpt);
  for (const place of [block.also, block.nextAnswer]) {
    if (!place) continue;
    const also = el('p', 'search-result-also');
    const label = place.kind === 'answer' ? 'Answer on this page: ' : 'From the article: ';
    also.append(label, link(place, words));
    li.append(also);
  }
  return li;
}

function linkList(items: readonly SearchLink[], className: string): HTMLUListElement {
  const ul = el('ul', className);
  for (const item of items) {
    const a = el('a', undefined, item.title);
    a.href = item.href;
    const li = el('li');
    li.append(a);
    ul.append(li);
  }
  return ul;
}

/** The topics of the results (closest first), or every topic when nothing was found. */
function closestTopics(blocks: readonly ResultBlock[], config: SearchConfig): SearchLink[] {
  const named = [...new Set(blocks.map((b) => b.topic).filter(Boolean))];
  const found = named.flatMap((t) => config.topics.filter((topic) => topic.title === t));
  return (found.length > 0 ? found : config.topics).slice(0, 4);
}

/**
 * What to offer when nothing fits: the closest topics, every FAQ answer, and asking the editors
 * this very question (the ask form opens with it written in; nothing is sent until the reader
 * presses send).
 */
export function wayForward(q: string, blocks: readonly ResultBlock[], config: SearchConfig) {
  const div = el('div', 'search-help');
  div.append(
    el(
      'p',
      undefined,
      blocks.length > 0
        ? 'Not quite what you were looking for? Try these:'
        : 'Try fewer or different words, or find help another way:',
    ),
  );
  const topics = closestTopics(blocks, config);
  if (topics.length > 0) {
    div.append(el('p', 'search-help-label', 'Closest topics'), linkList(topics, 'search-topics'));
  }
  div.append(
    linkList(
      [
        { title: 'Browse every FAQ answer', href: PAGES.faq },
        { title: 'Take a quiz', href: PAGES.quizzes },
        { title: 'Ask us this question', href: askPath(q) },
      ],
      'search-ways',
    ),
  );
  return div;
}

/** Before the reader types: a few topics and the quiz the editors put first. */
export function emptyState(config: SearchConfig): HTMLElement {
  const div = el('div', 'search-empty');
  if (config.topics.length > 0) {
    div.append(
      el('p', 'search-help-label', 'Browse a topic'),
      linkList(config.topics, 'search-topics'),
    );
  }
  if (config.quiz) {
    div.append(
      el('p', 'search-help-label', 'Not sure where to start?'),
      linkList([config.quiz], 'search-ways'),
    );
  }
  return div;
}

/** The result title links, in order (the arrow keys move between them). */
export const resultLinks = (results: HTMLElement) => [
  ...results.querySelectorAll<HTMLAnchorElement>('.search-result a'),
];

function moreButton(target: ResultsTarget, list: HTMLUListElement, found: Found) {
  const more = el('button', 'search-more', 'Show more results');
  more.type = 'button';
  let left = found.remaining;
  more.addEventListener('click', () => {
    const first = resultLinks(target.results).length;
    void found.more().then((blocks) => {
      list.append(...blocks.map((b) => resultItem(b, found.words)));
      left -= target.pageSize;
      resultLinks(target.results)[first]?.focus();
      if (left <= 0) more.remove();
    });
  });
  return more;
}

/** Shows a search's results (or the ways forward) and announces the count. */
export function showResults(
  target: ResultsTarget,
  found: Found,
  q: string,
  config: SearchConfig,
): void {
  const list = el('ul', 'search-results');
  list.append(...found.blocks.map((b) => resultItem(b, found.words)));
  const nodes: Node[] = found.blocks.length > 0 ? [list] : [];
  if (found.remaining > 0) nodes.push(moreButton(target, list, found));
  if (isWeak(found.blocks)) nodes.push(wayForward(q, found.blocks, config));
  target.results.replaceChildren(...nodes);
  target.status.textContent = countMessage(found.blocks.length + found.remaining, q);
}
