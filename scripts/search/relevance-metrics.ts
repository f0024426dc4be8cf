/**
 * Scoring of a search relevance run: where the expected place came in each ranking, and the
 * summary figures (top-1, top-3, mean reciprocal rank). Pure, so the arithmetic is unit-tested.
 */

/** Link of a result as compared with the set: path and anchor, without Pagefind's `?highlight=`. */
export function resultPath(href: string): string {
  const url = new URL(href, 'http://x');
  url.searchParams.delete('highlight');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** 1-based position of the first result that is one of the accepted places, or null if none is. */
export function rankOf(results: readonly string[], accepted: readonly string[]): number | null {
  const wanted = new Set(accepted.map(resultPath));
  const i = results.findIndex((r) => wanted.has(resultPath(r)));
  return i === -1 ? null : i + 1;
}

/** 1-based position of the first result block that links to one of the accepted places. */
export function blockRankOf(
  blocks: readonly (readonly string[])[],
  accepted: readonly string[],
): number | null {
  const i = blocks.findIndex((b) => rankOf(b, accepted) !== null);
  return i === -1 ? null : i + 1;
}

export interface RelevanceSummary {
  questions: number;
  /**
   * Share whose first result was on the right page, even if not the right answer on it (an
   * article instead of one of its FAQ answers, or the other way round).
   */
  pageTop1: number;
  /** Share of questions whose expected place came first (0–1). */
  top1: number;
  /** Share whose expected place was among the first three (0–1). */
  top3: number;
  /** Mean of 1/rank, counting a miss (not found within the ranks looked at) as 0. */
  mrr: number;
  /** The same three by the first link in reading order rather than the first block. */
  link: { top1: number; top3: number; mrr: number };
}

/** Where one question's expected place came, and whether the first result was on its page. */
export interface Ranked {
  rank: number | null;
  /** Rank of the first matching link in reading order (the rank itself when not given). */
  linkRank?: number | null;
  samePage: boolean;
}

/** The page of a place: its path without the answer anchor. */
export const pageOf = (place: string): string => resultPath(place).split('#')[0] ?? '';

/** Whether the first result is on the page of one of the accepted places. */
export function firstOnPage(results: readonly string[], accepted: readonly string[]): boolean {
  const first = results[0];
  return first !== undefined && accepted.some((a) => pageOf(a) === pageOf(first));
}

function figures(ranks: readonly (number | null)[]) {
  const n = ranks.length;
  const within = (k: number) => ranks.filter((r) => r !== null && r <= k).length / n;
  const mrr = ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n;
  return { top1: within(1), top3: within(3), mrr };
}

export function summarise(outcomes: readonly Ranked[]): RelevanceSummary {
  const n = outcomes.length;
  const none = { top1: 0, top3: 0, mrr: 0 };
  if (n === 0) return { questions: 0, ...none, pageTop1: 0, link: none };
  return {
    questions: n,
    ...figures(outcomes.map((o) => o.rank)),
    pageTop1: outcomes.filter((o) => o.samePage).length / n,
    link: figures(outcomes.map((o) => (o.linkRank === undefined ? o.rank : o.linkRank))),
  };
}

/** Nearest-rank quantile (q in 0–1) of a non-empty list; NaN for an empty one. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/** Whether a summary reaches the targets of issue 13. */
export const TARGETS = { top1: 0.9, mrr: 0.93 } as const;

export function meetsTargets(s: RelevanceSummary): boolean {
  return s.top1 >= TARGETS.top1 && s.mrr >= TARGETS.mrr;
}
