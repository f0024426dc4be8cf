/**
 * "Any word" search over Pagefind. Pagefind returns only records that contain every word of a
 * query, so a reader's question with one word the site never uses finds nothing. Here each term is
 * searched on its own and a page's score is the weighted sum of its scores, so the pages that
 * match the most (and the rarest) words come first. Each page keeps where every term matched, so
 * its FAQ answers can be scored too (./result-blocks.ts). Pure: the Pagefind instance is passed
 * in, so the site's search box and the relevance evaluator run exactly this code.
 */
import { idf, type TermMatch } from './answers.ts';
import { queryTerms, type Term } from './query-terms.ts';
import { isCostly, type SearchConfig } from './search-config.ts';

/** The part of a Pagefind result this module reads. */
export interface PagefindHit<D = unknown> {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words?: readonly number[];
  data: () => Promise<D>;
}

/** The part of Pagefind's API this module calls. */
export interface PagefindSearcher<D = unknown> {
  search: (
    term: string | null,
    options?: Record<string, unknown>,
  ) => Promise<{ results: PagefindHit<D>[] } | null>;
}

export interface SearchRequest {
  q: string;
  filters?: Record<string, string>;
  /** Pagefind's sort option; with it, pages come in that order instead of by score. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A page that matched, with where each term matched in it (same order as the terms). */
export interface PageMatch<D = unknown> {
  id: string;
  /** Weighted sum of Pagefind's per-term scores. */
  score: number;
  data: () => Promise<D>;
  matches: TermMatch[];
}

export interface Searched<D = unknown> {
  /** The terms searched for (costly ones left out when others can stand for the question). */
  terms: readonly Term[];
  pages: PageMatch<D>[];
}

/**
 * The terms worth fetching. At scale a very common word's index file is hundreds of kilobytes; it
 * adds little to the ranking of a longer question, so it is searched only when the reader's own
 * words are all that common.
 */
export function affordableTerms(terms: readonly Term[], config: SearchConfig): Term[] {
  const cheap = terms.filter((t) => !isCostly(t.term, config.costly));
  if (cheap.some((t) => t.weight === 1)) return cheap;
  const own = terms.filter((t) => t.weight === 1);
  return own.length > 0 ? own : [...terms];
}

/** Merges per-term results into pages: summed weighted score, best first; ties in Pagefind's order. */
export function mergePages<D>(
  perTerm: readonly { term: Term; hits: readonly PagefindHit<D>[] }[],
  records: number,
): PageMatch<D>[] {
  const pages = new Map<string, PageMatch<D> & { first: number }>();
  const total = Math.max(records, ...perTerm.map((t) => t.hits.length + 1));
  // Every term's rarity, found or not: a word no page has still counts in how much of the
  // question a page covers.
  const idfs = perTerm.map((t) => idf(total, t.hits.length));
  const none = (): TermMatch[] =>
    perTerm.map((t, i) => ({ weight: t.term.weight, idf: idfs[i] ?? 0, locations: [] }));
  perTerm.forEach(({ term, hits }, i) => {
    for (const hit of hits) {
      let page = pages.get(hit.id);
      if (!page) {
        page = { id: hit.id, score: 0, data: hit.data, matches: none(), first: pages.size };
        pages.set(hit.id, page);
      }
      page.score += term.weight * hit.score;
      page.matches[i] = { weight: term.weight, idf: idfs[i] ?? 0, locations: hit.words ?? [] };
    }
  });
  return [...pages.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ id, score, data, matches }) => ({ id, score, data, matches }));
}

/** Puts pages in the order of a sorted listing (`search(null, { sort })`). */
function inOrderOf<D>(pages: PageMatch<D>[], ordered: readonly PagefindHit<D>[]): PageMatch<D>[] {
  const at = new Map(ordered.map((h, i) => [h.id, i]));
  return [...pages].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

/**
 * Searches for a reader's query: every meaningful word and the vocabulary's words for them, each
 * on its own, merged into pages by weighted score. With a sort, the pages follow that sort.
 */
export async function rankedSearch<D>(
  pf: PagefindSearcher<D>,
  request: SearchRequest,
  config: SearchConfig,
): Promise<Searched<D>> {
  const terms = affordableTerms(queryTerms(request.q, config.vocabulary), config);
  if (terms.length === 0) return { terms, pages: [] };
  const options = { filters: request.filters ?? {} };
  const perTerm = await Promise.all(
    terms.map(async (term) => ({
      term,
      hits: (await pf.search(term.term, options))?.results ?? [],
    })),
  );
  const pages = mergePages(perTerm, config.records);
  if (!request.sort || Object.keys(request.sort).length === 0) return { terms, pages };
  const listing = await pf.search(null, { ...options, sort: request.sort });
  return { terms, pages: inOrderOf(pages, listing?.results ?? []) };
}
