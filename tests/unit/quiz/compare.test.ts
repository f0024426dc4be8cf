import { describe, expect, it } from 'vitest';
import { compareScores, largestGaps } from '../../../src/lib/quiz/compare';

const mine = [
  { id: 'a', score: 80 },
  { id: 'b', score: 50 },
  { id: 'c', score: 20 },
  { id: 'd', score: 60 },
];
const theirs = [
  { id: 'c', score: 70 },
  { id: 'a', score: 75 },
  { id: 'b', score: 20 },
  { id: 'd', score: 30 },
];

describe('couple comparison', () => {
  it('pairs scores by dimension, whatever the order', () => {
    expect(compareScores(mine, theirs)).toEqual([
      { id: 'a', mine: 80, theirs: 75, gap: 5 },
      { id: 'b', mine: 50, theirs: 20, gap: 30 },
      { id: 'c', mine: 20, theirs: 70, gap: 50 },
      { id: 'd', mine: 60, theirs: 30, gap: 30 },
    ]);
  });

  it('lists the largest gaps first, ties in content order, small gaps left out', () => {
    const gaps = compareScores(mine, theirs);
    expect(largestGaps(gaps).map((g) => g.id)).toEqual(['c', 'b']);
    expect(largestGaps(gaps, 5).map((g) => g.id)).toEqual(['c', 'b', 'd']);
    expect(largestGaps(gaps, 5, 60)).toEqual([]);
  });

  it('refuses scores that do not match', () => {
    expect(() => compareScores(mine, theirs.slice(1))).toThrow(/no score for "c"/);
  });
});
