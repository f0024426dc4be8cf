/**
 * One search, start to finish, as the search box runs it and the relevance evaluator measures it:
 * the ranked pages (./ranked-search.ts), the first `pageSize` of them turned into result blocks
 * (./result-blocks.ts), and the rest on request. Pure: Pagefind is passed in.
 */
import { isCrisisQuery } from './crisis.ts';
import { isQuizQuery } from './quiz-intent.ts';
import { isSafetyQuery } from './safety.ts';
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
  nextAnswerOnFirstOnly,
  RANKING_PARAMS,
  withoutNextAnswer,
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
  const leaders = leadersFor(request, config);
  const pages = leaders
    ? await leadingPagesFirst(pf, searched.pages, searched.terms, leaders)
    : searched.pages;
  const options = {
    answersOnly: request.answersOnly ?? false,
    sorted: Boolean(request.sort && Object.keys(request.sort).length > 0),
    params,
    asked: { frames: framesOf(request.q), safety: isSafetyQuery(request.q) },
  };
  let shown = Math.min(pageSize, pages.length);
  const scored = await blocksFor(pages.slice(0, shown), options);
  const blocks = nextAnswerOnFirstOnly(leaders ? leadingBlocksFirst(scored, leaders) : scored);
  return {
    blocks,
    remaining: pages.length - shown,
    more: async () => {
      const next = pages.slice(shown, shown + pageSize);
      shown += next.length;
      return (await blocksFor(next, options)).map(withoutNextAnswer);
    },
    words: meaningfulWords(request.q),
    pageIds: pages.map((p) => p.id),
  };
}

/**
 * Pages that lead whatever their score, found by a filter. `always`: when the question matched
 * none of them, the first few are added all the same (a large safety topic is not put in front
 * whole: the ones the question matched lead, in the order of their scores).
 */
interface Leader {
  filter: { type: string } | { topic: string };
  always: boolean;
  /** Ahead of the other leaders whatever the scores. */
  first?: boolean;
}

/** At most this many pages of a leader the question did not match are added. */
const MAX_ADDED = 2;

const isSet = (o: object | undefined) => o !== undefined && Object.keys(o).length > 0;

/**
 * Safety before self-improvement. For a crisis question, the help lines lead, whatever else the
 * reader chose (in a plain search, a partner's violence brings the safety topic's articles next).
 * For a question that describes control or abuse (./safety.ts), the articles of the topics that
 * lead with help (the safety topic) lead, with the help lines when the question matched them; only
 * in a plain search, not one the reader filtered or sorted. After safety, a question that asks for
 * a quiz puts the quizzes it matched first.
 */
function leadersFor(request: FindRequest, config: SearchConfig): Leader[] | null {
  if (request.answersOnly) return null;
  const help: Leader = { filter: { type: RESULT_TYPE.help }, always: true };
  const plain = !isSet(request.filters) && !isSet(request.sort);
  const safety: Leader[] =
    plain && isSafetyQuery(request.q)
      ? config.safetyTopics.map((topic) => ({ filter: { topic }, always: true }))
      : [];
  // A partner's violence is a crisis about abuse: the help lines, then the safety topic.
  if (isCrisisQuery(request.q)) return [{ ...help, first: true }, ...safety];
  if (!plain) return null;
  if (safety.length > 0) return [{ ...help, always: false }, ...safety];
  // A reader who asks for a quiz gets the quizzes the question matched first (./quiz-intent.ts).
  if (isQuizQuery(request.q)) return [{ filter: { type: RESULT_TYPE.quiz }, always: false }];
  return null;
}

/**
 * The leading pages move to the front of the pages (a few are added where the question matched
 * none of a group that must lead), so that they are among the first ones turned into blocks.
 */
async function leadingPagesFirst<D>(
  pf: PagefindSearcher<D>,
  pages: PageMatch<D>[],
  terms: readonly Term[],
  leaders: readonly Leader[],
): Promise<PageMatch<D>[]> {
  const ids = new Set<string>();
  const unmatched: PageMatch<D>[] = [];
  for (const { filter, always } of leaders) {
    const hits = (await pf.search(null, { filters: filter }))?.results ?? [];
    for (const h of hits) ids.add(h.id);
    if (!always || hits.some((h) => pages.some((p) => p.id === h.id))) continue;
    for (const h of hits.slice(0, MAX_ADDED)) {
      if (unmatched.some((u) => u.id === h.id)) continue;
      unmatched.push({
        id: h.id,
        score: 0,
        data: h.data,
        matches: terms.map((t) => ({ weight: t.weight, idf: 0, locations: [] })),
      });
    }
  }
  return [
    ...pages.filter((p) => ids.has(p.id)),
    ...unmatched,
    ...pages.filter((p) => !ids.has(p.id)),
  ];
}

/**
 * The leading pages' blocks come first, in the order of their scores (blocksFor's order), those of
 * a leader that goes `first` (the help lines in a crisis) ahead of the others.
 */
function leadingBlocksFirst(blocks: ResultBlock[], leaders: readonly Leader[]): ResultBlock[] {
  const ledBy = (b: ResultBlock, group: readonly Leader[]) =>
    group.some(({ filter }) =>
      'type' in filter ? b.type === filter.type : b.topic === filter.topic,
    );
  const first = leaders.filter((l) => l.first);
  return [
    ...blocks.filter((b) => ledBy(b, first)),
    ...blocks.filter((b) => !ledBy(b, first) && ledBy(b, leaders)),
    ...blocks.filter((b) => !ledBy(b, leaders)),
  ];
}
