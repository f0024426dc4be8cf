import { describe, expect, it } from 'vitest';
import { bm25Score, faqRegions, idf, regionWeight } from '../../src/lib/search/answers';

// A page: title (0–3), a heading (10), then two FAQ entries, the first with other phrasings.
const anchors = [
  { element: 'h2', id: 'why', text: 'Why it matters', location: 10 },
  { element: 'summary', id: 'faq-one--question', text: 'First question?', location: 40 },
  { element: 'div', id: 'faq-one', text: '', location: 42 },
  { element: 'span', id: 'faq-one--also-asked', text: '', location: 60 },
  { element: 'summary', id: 'faq-two--question', text: 'Second question?', location: 70 },
  { element: 'div', id: 'faq-two', text: '', location: 72 },
];

describe('faqRegions', () => {
  it('finds each answer between its question and the next anchor', () => {
    expect(faqRegions(anchors, 100)).toEqual([
      {
        id: 'faq-one',
        question: 'First question?',
        questionStart: 40,
        answerStart: 42,
        alsoStart: 60,
        end: 70,
      },
      {
        id: 'faq-two',
        question: 'Second question?',
        questionStart: 70,
        answerStart: 72,
        alsoStart: 100,
        end: 100,
      },
    ]);
  });

  it('ignores a question whose answer anchor is missing, and pages without FAQ', () => {
    expect(
      faqRegions(
        anchors.filter((a) => a.id !== 'faq-one'),
        100,
      ).map((r) => r.id),
    ).toEqual(['faq-two']);
    expect(faqRegions([{ element: 'h2', id: 'why', text: 'Why', location: 10 }], 50)).toEqual([]);
  });
});

describe('regionWeight', () => {
  it('weighs the question, the answer and the other phrasings, and nothing outside', () => {
    const [region] = faqRegions(anchors, 100);
    if (!region) throw new Error('no region');
    const w = regionWeight(region, { title: 7, heading: 6, question: 5, also: 2 });
    expect([w(39), w(40), w(45), w(61), w(70)]).toEqual([0, 5, 1, 2, 0]);
  });
});

describe('bm25Score', () => {
  const p = { k1: 1.2, b: 0.75, avgdl: 100 };
  it('grows with matches and with rarer words, and saturates', () => {
    const one = bm25Score([{ weight: 1, idf: 1, locations: [1] }], () => 1, 100, p);
    const two = bm25Score([{ weight: 1, idf: 1, locations: [1, 2] }], () => 1, 100, p);
    const rare = bm25Score([{ weight: 1, idf: 3, locations: [1] }], () => 1, 100, p);
    const many = bm25Score(
      [{ weight: 1, idf: 1, locations: [...Array(500).keys()] }],
      () => 1,
      100,
      p,
    );
    expect(two).toBeGreaterThan(one);
    expect(rare).toBeCloseTo(3 * one, 10);
    expect(many).toBeLessThan(p.k1 + 1);
  });
  it('favours the shorter of two documents with the same matches', () => {
    const m = [{ weight: 1, idf: 1, locations: [1] }];
    expect(bm25Score(m, () => 1, 50, p)).toBeGreaterThan(bm25Score(m, () => 1, 500, p));
  });
  it('counts only the locations inside the document', () => {
    const inFirstHalf = (l: number) => (l < 100 ? 1 : 0);
    const both = [{ weight: 1, idf: 1, locations: [1, 200] }];
    const first = [{ weight: 1, idf: 1, locations: [1] }];
    expect(bm25Score(both, inFirstHalf, 100, p)).toBe(bm25Score(first, () => 1, 100, p));
  });
});

describe('idf', () => {
  it('is higher for rarer words and never negative', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeGreaterThan(0);
    expect(idf(10, 20)).toBeGreaterThan(0);
  });
});
