import type { DimensionScore } from './scoring';

/** One dimension seen by both partners. */
export interface DimensionGap {
  id: string;
  mine: number;
  theirs: number;
  /** Absolute difference, 0 to 100. */
  gap: number;
}

/** Side-by-side scores, in the order of `mine`. */
export function compareScores(mine: DimensionScore[], theirs: DimensionScore[]): DimensionGap[] {
  return mine.map((m) => {
    const other = theirs.find((t) => t.id === m.id);
    if (!other) throw new Error(`partner has no score for "${m.id}"`);
    return { id: m.id, mine: m.score, theirs: other.score, gap: Math.abs(m.score - other.score) };
  });
}

/**
 * The largest gaps worth talking about: biggest first, ties kept in content order, and only gaps
 * of at least `minGap` points (small differences are noise, not a conversation).
 */
export function largestGaps(gaps: DimensionGap[], count = 2, minGap = 10): DimensionGap[] {
  return gaps
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.gap >= minGap)
    .sort((a, b) => b.g.gap - a.g.gap || a.i - b.i)
    .slice(0, count)
    .map(({ g }) => g);
}
