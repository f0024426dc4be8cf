/**
 * One search, start to finish, as the search box runs it and the relevance evaluator measures it:
 * the ranked pages (./ranked-search.ts), the first `pageSize` of them turned into result blocks
 * (./result-blocks.ts), and the rest on request. Pure: Pagefind is passed in.
 */
import { isCrisisQuery } from './crisis.ts';
import { framesOf } from './question-frames.ts';
import { meaningfulWords, type Term } from './query-terms.ts';
import {
  rankedSearch,
  type PageMatch,
  type PagefindSearcher,
  type SearchRequest,
} from './ranked-search.ts';
import { RESULT_TYPE } from './records.ts';
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
  const searched = await rankedSearch(pf, request, config);
  const crisis = !request.answersOnly && isCrisisQuery(request.q);
  const pages = crisis ? await helpPagesFirst(pf, searched.pages, searched.terms) : searched.pages;
  const options = {
    answersOnly: request.answersOnly ?? false,
    sorted: Boolean(request.sort && Object.keys(request.sort).length > 0),
    params,
    frames: framesOf(request.q),
  };
  let shown = Math.min(pageSize, pages.length);
  const scored = await blocksFor(pages.slice(0, shown), options);
  const blocks = crisis ? helpBlocksFirst(scored) : scored;
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

/**
 * For a crisis question: the help page moves to the front of the pages (added when the question
 * did not match it), so that it is among the first ones turned into blocks.
 */
async function helpPagesFirst<D>(
  pf: PagefindSearcher<D>,
  pages: PageMatch<D>[],
  terms: readonly Term[],
): Promise<PageMatch<D>[]> {
  const help = (await pf.search(null, { filters: { type: RESULT_TYPE.help } }))?.results ?? [];
  const ids = new Set(help.map((h) => h.id));
  const unmatched = help
    .filter((h) => !pages.some((p) => p.id === h.id))
    .map((h) => ({
      id: h.id,
      score: 0,
      data: h.data,
      matches: terms.map((t) => ({ weight: t.weight, idf: 0, locations: [] })),
    }));
  return [
    ...pages.filter((p) => ids.has(p.id)),
    ...unmatched,
    ...pages.filter((p) => !ids.has(p.id)),
  ];
}

/** The help page's block leads, whatever its score (blocksFor orders by score). */
function helpBlocksFirst(blocks: ResultBlock[]): ResultBlock[] {
  const isHelp = (b: ResultBlock) => b.type === RESULT_TYPE.help;
  return [...blocks.filter(isHelp), ...blocks.filter((b) => !isHelp(b))];
}
