import { describe, expect, it } from 'vitest';
import { meaningfulWords, queryTerms, SYNONYM_WEIGHT } from '../../src/lib/search/query-terms';
import { compileVocabulary } from '../../src/lib/search/synonyms';

const vocabulary = compileVocabulary({
  partner: ['husband', 'wife'],
  money: ['cheap', 'bills'],
  silent: ['silent treatment'],
});

describe('meaningfulWords', () => {
  it('drops question glue, pronouns, fillers and contractions', () => {
    expect(meaningfulWords('What do I do when he criticises everything I say?')).toEqual([
      'criticises',
      'say',
    ]);
    expect(meaningfulWords("my boyfriend keeps saying he'll do stuff")).toEqual([
      'keeps',
      'saying',
    ]);
  });

  it('keeps every word when all of them are filler, so the search is never empty', () => {
    expect(meaningfulWords('what is it')).toEqual(['what', 'is', 'it']);
  });

  it('lower-cases, drops punctuation and repeats', () => {
    expect(meaningfulWords('Trust, TRUST and rebuilding trust!')).toEqual(['trust', 'rebuilding']);
  });
});

describe('queryTerms', () => {
  it("weighs the reader's words fully and the vocabulary's words less", () => {
    expect(queryTerms('cheap date ideas', vocabulary)).toEqual([
      { term: 'cheap', weight: 1 },
      { term: 'date', weight: 1 },
      { term: 'ideas', weight: 1 },
      { term: 'money', weight: SYNONYM_WEIGHT },
    ]);
  });

  it('adds the site word for a filler word the reader used ("husband" → "partner")', () => {
    expect(queryTerms('my husband never listens', vocabulary)).toEqual([
      { term: 'never', weight: 1 },
      { term: 'listens', weight: 1 },
      { term: 'partner', weight: SYNONYM_WEIGHT },
    ]);
  });

  it('does not add a word the reader already typed', () => {
    expect(queryTerms('money bills', vocabulary)).toEqual([
      { term: 'money', weight: 1 },
      { term: 'bills', weight: 1 },
    ]);
  });

  it('matches phrases, longest first', () => {
    expect(queryTerms('he gives me the silent treatment', vocabulary).map((t) => t.term)).toEqual([
      'gives',
      'silent',
      'treatment',
    ]);
  });

  it('searches a quoted phrase as typed', () => {
    expect(queryTerms('"between us"', vocabulary)).toEqual([{ term: '"between us"', weight: 1 }]);
  });

  it('finds nothing to search in an empty query', () => {
    expect(queryTerms('   ', vocabulary)).toEqual([]);
  });
});
