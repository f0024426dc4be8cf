import { describe, expect, it } from 'vitest';
import { findMatches, stem, termsFrom } from '../../src/lib/search/highlight-terms';

const marked = (text: string, q: string) =>
  findMatches(text, termsFrom(q)).map(([a, b]) => text.slice(a, b));

describe('termsFrom', () => {
  it('splits, lowercases and de-duplicates, dropping one-letter words', () => {
    expect(termsFrom('Trust  a trust, REPAIR')).toEqual(['trust', 'repair']);
    expect(termsFrom(null)).toEqual([]);
  });
});

describe('stem', () => {
  it('removes common endings but keeps at least four letters', () => {
    expect(stem('listening')).toBe('listen');
    expect(stem('communication')).toBe('communic');
    expect(stem('uses')).toBe('uses');
  });
});

describe('findMatches', () => {
  it('marks other forms of a searched word', () => {
    expect(marked('She listens; listening is hard. He listened.', 'listening')).toEqual([
      'listens',
      'listening',
      'listened',
    ]);
  });

  it('marks whole words only, from their start', () => {
    expect(marked('Distrust is not trust.', 'trust')).toEqual(['trust']);
  });

  it('needs an exact match for short words', () => {
    expect(marked('Be open to others; opening up helps.', 'to')).toEqual(['to']);
  });

  it('returns nothing without terms', () => {
    expect(findMatches('anything', [])).toEqual([]);
  });
});
