import { describe, expect, it } from 'vitest';
import {
  EMPTY_CONFIG,
  isCostly,
  searchConfigFromJson,
  tipsIndexWeight,
} from '../../src/lib/search/search-config';

describe('isCostly', () => {
  const costly = [
    ['papat', 'partner'],
    ['trouble', 'trus'],
  ] as const;
  it('is true for a word inside a costly range', () => {
    expect(isCostly('partner', costly)).toBe(true);
    expect(isCostly('parted', costly)).toBe(true);
    expect(isCostly('Trouble', costly)).toBe(true);
  });
  it('is true for a longer form of the range’s last word, as Pagefind also fetches that file', () => {
    expect(isCostly('trust', costly)).toBe(true);
    expect(isCostly('trusting', costly)).toBe(true);
  });
  it('is false outside every costly range', () => {
    expect(isCostly('promise', costly)).toBe(false);
    expect(isCostly('truth', costly)).toBe(false);
    expect(isCostly('anything', [])).toBe(false);
  });
});

describe('searchConfigFromJson', () => {
  it('reads a published config', () => {
    const config = searchConfigFromJson({
      vocabulary: [['husband', ['partner']]],
      records: 24,
      costly: [['a', 'b']],
      topics: [{ title: 'Trust', href: '/topics/trust/' }],
      quiz: { title: 'Quiz', href: '/quizzes/closeness/' },
      tips: '/pagefind/tips/',
      safetyTopics: ['Safety', 4, ''],
    });
    expect(config.safetyTopics).toEqual(['Safety']);
    expect(config.records).toBe(24);
    expect(config.tips).toBe('/pagefind/tips/');
    expect(config.costly).toEqual([['a', 'b']]);
    expect(config.topics).toHaveLength(1);
    expect(config.quiz?.href).toBe('/quizzes/closeness/');
  });
  it('falls back to no extra knowledge for anything malformed', () => {
    expect(searchConfigFromJson(null)).toEqual(EMPTY_CONFIG);
    expect(
      searchConfigFromJson({
        records: -1,
        costly: [['a']],
        topics: [{ title: 'x', href: 'http://evil' }],
        tips: 'https://evil.example/pagefind/',
      }),
    ).toEqual(EMPTY_CONFIG);
    for (const tips of ['//evil.example/', '/pagefind/tips', 42, '/../x/"'])
      expect(searchConfigFromJson({ tips }).tips, String(tips)).toBeNull();
  });
});

describe('tipsIndexWeight', () => {
  it("puts a word found in one tip on the scale of a word found in one of the index's records", () => {
    // Pagefind's rarity of a word in 1 of N records: ln((N - 0.5) / 1.5 + 1).
    const rarity = (n: number) => Math.log((n - 0.5) / 1.5 + 1);
    expect(tipsIndexWeight(24, 1)).toBeCloseTo(rarity(24) / rarity(1), 10);
    expect(tipsIndexWeight(10_000, 40)).toBeCloseTo(rarity(10_000) / rarity(40), 10);
    expect(tipsIndexWeight(10_000, 1)).toBeGreaterThan(tipsIndexWeight(24, 1));
    expect(tipsIndexWeight(24, 0)).toBe(1);
  });

  it('is read from the config only as a sane positive number', () => {
    expect(searchConfigFromJson({ tipsWeight: 9.8 }).tipsWeight).toBe(9.8);
    for (const tipsWeight of [0, -2, 1e9, '9'])
      expect(searchConfigFromJson({ tipsWeight }).tipsWeight, String(tipsWeight)).toBe(1);
  });
});
