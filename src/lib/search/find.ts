/**
 * One search, start to finish, as the search box runs it and the relevance evaluator measures it:
 * the ranked pages (./ranked-search.ts), the first `pageSize` of them turned into result blocks
 * (./result-blocks.ts), and the rest on request. Pure: Pagefind is passed in.
 */
import { meaningfulWords } from './query-terms.ts';
import { rankedSearch, type PagefindSearcher, type SearchRequest } from './ranked-search.ts';
import {
  blocksFor,
  RANKING_PARAMS,
  type PageData,
  type RankingParams,
  type ResultBlock,
} from './result-blocks.ts';
import type { SearchConfig } from './search-config.ts';

export interface FindRequest extends SearchRequest {
  /** Only FAQ answers (the "FAQ answer" type). */
  answersOnly?: boolean;
}

export interface Found {
  blocks: ResultBlock[];
  /** Pages found but not shown yet. */
  remaining: number;
  /** The next `pageSize` pages' blocks (empty when none are left). */
  more: () => Promise<ResultBlock[]>;
  /** The reader's own words, to mark on the page a result opens. */
  words: string[];
  /** Every page found, in order (for the evaluator: where a page beyond the first ones came). */
  pageIds: string[];
}

export async function find(
  pf: PagefindSearcher<PageData>,
  request: FindRequest,
  config: SearchConfig,
  pageSize: number,
  params: RankingParams = RANKING_PARAMS,
): Promise<Found> {
  const { pages } = await rankedSearch(pf, request, config);
  const options = {
    answersOnly: request.answersOnly ?? false,
    sorted: Boolean(request.sort && Object.keys(request.sort).length > 0),
    params,
  };
  let shown = Math.min(pageSize, pages.length);
  const blocks = await blocksFor(pages.slice(0, shown), options);
  return {
    blocks,
    remaining: pages.length - shown,
    more: async () => {
      const next = pages.slice(shown, shown + pageSize);
      shown += next.length;
      return blocksFor(next, options);
    },
    words: meaningfulWords(request.q),
    pageIds: pages.map((p) => p.id),
  };
}
