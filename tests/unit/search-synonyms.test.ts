import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  compileVocabulary,
  normalise,
  siteWordsFor,
  vocabularyFromJson,
} from '../../src/lib/search/synonyms';
import { searchVocabularySchema } from '../../src/schemas/search-vocabulary';

describe('normalise', () => {
  it('lower-cases, drops apostrophes and turns punctuation into spaces', () => {
    expect(normalise("He WON'T speak—to me!")).toBe('he wont speak to me');
    expect(normalise('long-distance  love')).toBe('long-distance love');
  });
});

describe('compileVocabulary', () => {
  it('maps each reader phrase to every site word it stands for, longest phrases first', () => {
    const v = compileVocabulary({
      sex: ['bed', 'sleep together'],
      closeness: ['close', 'bed'],
    });
    expect(v).toEqual([
      ['sleep together', ['sex']],
      ['bed', ['sex', 'closeness']],
      ['close', ['closeness']],
    ]);
  });
});

describe('siteWordsFor', () => {
  const v = compileVocabulary({ silent: ['silent treatment', 'ignores'], partner: ['husband'] });
  it('finds whole phrases and words only', () => {
    expect(siteWordsFor('my husband ignores me', v)).toEqual(['partner', 'silent']);
    expect(siteWordsFor('husbandry', v)).toEqual([]);
  });
  it('uses each phrase once', () => {
    expect(siteWordsFor('the silent treatment again', v)).toEqual(['silent']);
  });
});

describe('the editors’ vocabulary (content/search/synonyms.yaml)', () => {
  const site = compileVocabulary(
    searchVocabularySchema.parse(parse(readFileSync('content/search/synonyms.yaml', 'utf8'))),
  );
  const wordsFor = (question: string) => siteWordsFor(normalise(question), site);

  it('reads a promise as readers report it, with or without the apostrophe', () => {
    expect(wordsFor("he keeps saying he'll call and never does")).toContain('promise');
    expect(wordsFor('I said Id help her move')).toContain('promise');
    expect(wordsFor('she told me she’d be home by six')).toContain('promise');
  });

  it('never reads a contraction on its own, which loses its apostrophe ("hell", "ill")', () => {
    expect(wordsFor('this week has been hell')).not.toContain('promise');
    expect(wordsFor("I'll be honest, he's ill")).toEqual([]);
  });
});

describe('vocabularyFromJson', () => {
  it('keeps well-formed entries and drops the rest', () => {
    expect(vocabularyFromJson([['a', ['b']], ['c', 'd'], 3])).toEqual([['a', ['b']]]);
    expect(vocabularyFromJson({})).toEqual([]);
  });
});

describe('searchVocabularySchema', () => {
  it('accepts our word with a list of readers’ words', () => {
    expect(searchVocabularySchema.parse({ money: ['cheap', 'bills'] })).toEqual({
      money: ['cheap', 'bills'],
    });
  });

  it('says what is wrong, and where', () => {
    const issues = (data: unknown) =>
      searchVocabularySchema
        .safeParse(data)
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ money: [] })).toEqual(['money: needs at least one reader word']);
    expect(issues({ money: ['cheap', 'Cheap'] })).toEqual(['money: lists "cheap" twice']);
    expect(issues({ money: ['money'] })).toEqual(['money: lists the site word itself']);
    expect(issues({ money: ['one two three four five'] })?.[0]).toMatch(/at most 4 words/);
    expect(issues({ money: [true] })?.[0]).toMatch(/^money\.0:/);
    expect(issues({ money: 'cheap' })?.[0]).toMatch(/^money:/);
  });

  it('keeps the list small', () => {
    const many = Object.fromEntries(
      Array.from({ length: 41 }, (_, i) => [
        `w${i}`,
        Array.from({ length: 10 }, (_, k) => `r${i}x${k}`),
      ]),
    );
    expect(searchVocabularySchema.safeParse(many).error?.issues[0]?.message).toMatch(
      /keep it to 400/,
    );
  });
});
