import { describe, expect, it } from 'vitest';
import {
  blockRankOf,
  firstOnPage,
  meetsTargets,
  pageOf,
  quantile,
  rankOf,
  resultPath,
  summarise,
} from '../../scripts/search/relevance-metrics';

describe('resultPath', () => {
  it('drops Pagefind highlight parameters and keeps the anchor', () => {
    expect(resultPath('/advice/a/?highlight=trust&highlight=me#faq-x')).toBe('/advice/a/#faq-x');
    expect(resultPath('/quizzes/trust/?highlight=quiz')).toBe('/quizzes/trust/');
  });
  it('keeps other parameters', () => {
    expect(resultPath('/search/?q=a&highlight=b')).toBe('/search/?q=a');
  });
});

describe('rankOf', () => {
  const results = ['/advice/a/?highlight=x', '/advice/a/#faq-one', '/advice/b/'];
  it('gives the 1-based position of the first accepted place', () => {
    expect(rankOf(results, ['/advice/a/#faq-one'])).toBe(2);
    expect(rankOf(results, ['/advice/b/', '/advice/a/'])).toBe(1);
  });
  it('is null when no accepted place is among the results', () => {
    expect(rankOf(results, ['/advice/c/'])).toBeNull();
    expect(rankOf([], ['/advice/a/'])).toBeNull();
  });
  it('does not take an article for one of its answers', () => {
    expect(rankOf(['/advice/a/'], ['/advice/a/#faq-one'])).toBeNull();
  });
});

describe('blockRankOf', () => {
  const blocks = [
    ['/advice/a/', '/advice/a/#faq-one'],
    ['/advice/b/#faq-two', '/advice/b/'],
  ];
  it('counts a block as a hit when its lead or the line beneath links to an accepted place', () => {
    expect(blockRankOf(blocks, ['/advice/a/#faq-one'])).toBe(1);
    expect(blockRankOf(blocks, ['/advice/b/'])).toBe(2);
    expect(blockRankOf(blocks, ['/advice/b/#faq-one'])).toBeNull();
  });
});

describe('firstOnPage', () => {
  it('is true when the first result is the page of an accepted answer', () => {
    expect(pageOf('/advice/a/?highlight=x#faq-one')).toBe('/advice/a/');
    expect(firstOnPage(['/advice/a/#faq-two', '/advice/a/#faq-one'], ['/advice/a/#faq-one'])).toBe(
      true,
    );
    expect(firstOnPage(['/advice/b/', '/advice/a/'], ['/advice/a/'])).toBe(false);
    expect(firstOnPage([], ['/advice/a/'])).toBe(false);
  });
});

describe('summarise', () => {
  it('computes top-1, top-3, MRR and right page first, counting misses as 0', () => {
    const s = summarise([
      { rank: 1, samePage: true },
      { rank: 2, samePage: true },
      { rank: 4, samePage: false },
      { rank: null, samePage: false },
    ]);
    expect(s.questions).toBe(4);
    expect(s.top1).toBe(0.25);
    expect(s.top3).toBe(0.5);
    expect(s.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4, 10);
    expect(s.pageTop1).toBe(0.5);
  });
  it('reports the first link figures apart, from the link ranks', () => {
    const s = summarise([
      { rank: 1, linkRank: 2, samePage: true },
      { rank: 1, linkRank: 1, samePage: true },
    ]);
    expect(s.top1).toBe(1);
    expect(s.link).toEqual({ top1: 0.5, top3: 1, mrr: 0.75 });
  });
  it('is all zeros for an empty run', () => {
    const none = { top1: 0, top3: 0, mrr: 0 };
    expect(summarise([])).toEqual({ questions: 0, ...none, pageTop1: 0, link: none });
  });
});

describe('meetsTargets', () => {
  const at = (top1: number, mrr: number) => ({
    questions: 1,
    top1,
    top3: 1,
    mrr,
    pageTop1: 1,
    link: { top1, top3: 1, mrr },
  });
  it('needs both top-1 ≥ 90 % and MRR ≥ 0.93', () => {
    expect(meetsTargets(at(0.9, 0.93))).toBe(true);
    expect(meetsTargets(at(0.89, 0.99))).toBe(false);
    expect(meetsTargets(at(0.95, 0.92))).toBe(false);
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([7], 0)).toBe(7);
  });
  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});
