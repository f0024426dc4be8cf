/**
 * A stand-in for Pagefind's browser API in unit tests: pages with their text, anchors and facts;
 * a search for one word finds the pages that contain it (at those word positions).
 */
import type { PagefindSearcher } from '../../src/lib/search/ranked-search';
import type { Anchor } from '../../src/lib/search/answers';
import type { PageData } from '../../src/lib/search/result-blocks';

export interface FakePage {
  url: string;
  title: string;
  /** The indexed text, title first, as Pagefind keeps it. */
  text: string;
  anchors?: Anchor[];
  type?: string;
  topic?: string;
  date?: string;
}

export function fakePagefind(pages: FakePage[]) {
  const calls: { term: string | null; options?: Record<string, unknown> }[] = [];
  const data = (p: FakePage): PageData => ({
    url: `${p.url}?highlight=x`,
    content: p.text,
    word_count: p.text.split(/\s+/).length,
    anchors: p.anchors ?? [],
    meta: { title: p.title, ...(p.date ? { date: p.date } : {}) },
    filters: { type: [p.type ?? 'Article'], topic: [p.topic ?? 'Trust'] },
  });
  const pf: PagefindSearcher<PageData> = {
    search: (term, options) => {
      calls.push({ term, ...(options ? { options } : {}) });
      const filters = options?.['filters'] as Record<string, string> | undefined;
      const type = filters?.['type'];
      const topic = filters?.['topic'];
      const allowed = pages.filter(
        (p) =>
          (!type || (p.type ?? 'Article') === type) && (!topic || (p.topic ?? 'Trust') === topic),
      );
      if (term === null) {
        const byDate = [...allowed].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
        return Promise.resolve({
          results: byDate.map((p) => ({
            id: p.url,
            score: 0,
            data: () => Promise.resolve(data(p)),
          })),
        });
      }
      const results = allowed.flatMap((p) => {
        const words = p.text
          .toLowerCase()
          .split(/\s+/)
          .flatMap((w, i) => (w.replace(/[^a-z]/g, '').startsWith(term) ? [i] : []));
        if (words.length === 0) return [];
        return [{ id: p.url, score: words.length, words, data: () => Promise.resolve(data(p)) }];
      });
      return Promise.resolve({ results: results.sort((a, b) => b.score - a.score) });
    },
  };
  return { pf, calls };
}

/** One FAQ entry of a fake page. */
export interface FakeFaq {
  id: string;
  question: string;
  answer: string;
}

/**
 * A page of a title and FAQ entries, with the anchors `<Faq />` puts on each question and answer
 * at the word positions Pagefind would report.
 */
export function faqPage(url: string, title: string, faq: readonly FakeFaq[]): FakePage {
  const parts = [title];
  const anchors: Anchor[] = [];
  let at = title.split(/\s+/).length;
  for (const { id, question, answer } of faq) {
    anchors.push({ element: 'summary', id: `faq-${id}--question`, text: question, location: at });
    at += question.split(/\s+/).length;
    anchors.push({ element: 'div', id: `faq-${id}`, text: '', location: at });
    at += answer.split(/\s+/).length;
    parts.push(question, answer);
  }
  return { url, title, text: parts.join(' '), anchors };
}
