import type { PagefindResultData } from './pagefind-client';
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
