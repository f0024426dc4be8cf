import { READER_TIPS_ID } from '../../lib/paths/content';
import { findMatches, termsFrom } from '../../lib/search/highlight-terms';

/** A reader tip the result opened at (`#tip-…`): its words are marked there, not in the article. */
function openedTip(): Element | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  return target?.closest(`#${READER_TIPS_ID}`) ? target : null;
}

/**
 * Marks the searched words on the page a search result led to (`?highlight=…`), inside the indexed
 * content only (or the reader tip it opened at). Loaded only when that parameter is present.
 */
export function highlightPage(words: string): number {
  const terms = termsFrom(words);
  const root =
    openedTip() ?? document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root || terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, mark, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const node of texts) {
    const text = node.data;
    const ranges = findMatches(text, terms);
    if (ranges.length === 0) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      frag.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      frag.append(mark);
      at = end;
    }
    frag.append(text.slice(at));
    node.replaceWith(frag);
    count += ranges.length;
  }
  return count;
}
