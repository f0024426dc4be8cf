import { describe, expect, it } from 'vitest';
import { affordableTerms, mergePages, rankedSearch } from '../../src/lib/search/ranked-search';
import { EMPTY_CONFIG } from '../../src/lib/search/search-config';
import { compileVocabulary } from '../../src/lib/search/synonyms';
import { fakePagefind } from './search-fake-pagefind';

const pages = [
  {
    url: '/advice/money/',
    title: 'Money',
    text: 'Money talks money plans bills',
    date: '2025-01-01',
  },
  {
    url: '/advice/time/',
    title: 'Time',
    text: 'Time together dates without money',
    date: '2026-01-01',
  },
  { url: '/quizzes/trust/', title: 'Quiz', text: 'Trust quiz', type: 'Quiz' },
];
const config = { ...EMPTY_CONFIG, vocabulary: compileVocabulary({ money: ['cheap'] }), records: 3 };

describe('rankedSearch', () => {
  it('finds pages that match any word, best first, one search per word', async () => {
    const { pf, calls } = fakePagefind(pages);
    const found = await rankedSearch(pf, { q: 'cheap dates' }, config);
    expect(found.terms.map((t) => t.term)).toEqual(['cheap', 'dates', 'money']);
    expect(calls.map((c) => c.term)).toEqual(['cheap', 'dates', 'money']);
    // "Time" matches "dates" (weight 1) and "money" once; "Money" matches "money" twice (weight 0.7).
    expect(found.pages.map((p) => p.id)).toEqual(['/advice/time/', '/advice/money/']);
    expect(found.pages[0]?.matches.map((m) => m.locations)).toEqual([[], [2], [4]]);
  });

  it('passes the filters to every search', async () => {
    const { pf, calls } = fakePagefind(pages);
    const found = await rankedSearch(pf, { q: 'trust', filters: { type: 'Quiz' } }, config);
    expect(found.pages.map((p) => p.id)).toEqual(['/quizzes/trust/']);
    expect(calls.every((c) => (c.options?.['filters'] as object | undefined) !== undefined)).toBe(
      true,
    );
  });

  it('follows a chosen sort instead of the score', async () => {
    const { pf } = fakePagefind(pages);
    const found = await rankedSearch(pf, { q: 'money', sort: { date: 'desc' } }, config);
    expect(found.pages.map((p) => p.id)).toEqual(['/advice/time/', '/advice/money/']);
  });

  it('searches nothing for an empty question', async () => {
    const { pf, calls } = fakePagefind(pages);
    expect((await rankedSearch(pf, { q: ' ' }, config)).pages).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('mergePages', () => {
  it('sums weighted scores and keeps each term’s locations', () => {
    const hit = (id: string, score: number, words: number[]) => ({
      id,
      score,
      words,
      data: () => Promise.resolve(id),
    });
    const merged = mergePages(
      [
        { term: { term: 'a', weight: 1 }, hits: [hit('x', 2, [1]), hit('y', 1, [4])] },
        { term: { term: 'b', weight: 0.5 }, hits: [hit('y', 4, [7])] },
      ],
      10,
    );
    expect(merged.map((p) => [p.id, p.score])).toEqual([
      ['y', 3],
      ['x', 2],
    ]);
    expect(merged[0]?.matches.map((m) => m.locations)).toEqual([[4], [7]]);
    expect(merged[1]?.matches[1]).toMatchObject({ weight: 0.5, locations: [] });
    expect(merged[1]?.matches[1]?.idf).toBeGreaterThan(0);
  });
});

describe('affordableTerms', () => {
  const costly = { ...EMPTY_CONFIG, costly: [['papat', 'partner']] as const };
  const terms = [
    { term: 'partner', weight: 1 },
    { term: 'flaky', weight: 1 },
    { term: 'party', weight: 0.7 },
  ];
  it('leaves out words whose index file is costly when the reader typed others', () => {
    expect(affordableTerms(terms, costly).map((t) => t.term)).toEqual(['flaky', 'party']);
  });
  it("keeps the reader's own words when all of them are costly", () => {
    expect(affordableTerms([{ term: 'partner', weight: 1 }], costly).map((t) => t.term)).toEqual([
      'partner',
    ]);
  });
  it('changes nothing without costly files (a small site)', () => {
    expect(affordableTerms(terms, EMPTY_CONFIG)).toEqual(terms);
  });
});
