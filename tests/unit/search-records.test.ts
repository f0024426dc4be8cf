import { describe, expect, it } from 'vitest';
import { parseSearchData, quizRecord, tipRecord } from '../../src/lib/search/records';

const quiz = {
  url: '/quizzes/trust/',
  title: 'How steady is the trust between you?',
  description: 'A quiz.',
};
const tip = {
  url: '/advice/small-rituals/#tip-t-7k3m-9q2p',
  article: 'Small rituals that keep you close',
  topic: 'Closeness',
  text: 'We keep a jar of notes by the kettle.',
  approved: '2026-11-02',
};
const data = {
  quizzes: [quiz],
  tips: [tip],
  vocabulary: [['husband', ['partner']]],
  topics: [{ title: 'Trust', href: '/topics/trust/' }],
  quiz: { title: 'The closeness quiz', href: '/quizzes/closeness/' },
  safetyTopics: ['Safety'],
};

describe('parseSearchData', () => {
  it('accepts a valid export and trims text', () => {
    const parsed = parseSearchData({ ...data, quizzes: [{ ...quiz, title: `  ${quiz.title} ` }] });
    expect(parsed.quizzes[0]?.title).toBe(quiz.title);
    expect(parsed.vocabulary).toEqual([['husband', ['partner']]]);
    expect(parsed.topics).toEqual(data.topics);
    expect(parsed.quiz).toEqual(data.quiz);
    expect(parsed.tips).toEqual([tip]);
  });

  it('accepts a site without quizzes', () => {
    expect(parseSearchData({ ...data, quizzes: [], quiz: null }).quiz).toBeNull();
  });

  it('names the entry and field of a bad value', () => {
    expect(() => parseSearchData({ ...data, quizzes: [{ ...quiz, url: '/trust/' }] })).toThrow(
      'search data: quizzes[0].url must look like /quizzes/<slug>/, got "/trust/"',
    );
    expect(() =>
      parseSearchData({ ...data, topics: [{ title: 'Trust', href: 'topics/trust/' }] }),
    ).toThrow('topics[0].href must be a site path');
    expect(() => parseSearchData({ ...data, vocabulary: [['husband', 'partner']] })).toThrow(
      'vocabulary has entries that are not [phrase, [words]]',
    );
  });

  it('names a tip that does not point at a tip on an article, or has no date', () => {
    expect(() =>
      parseSearchData({ ...data, tips: [{ ...tip, url: '/advice/small-rituals/' }] }),
    ).toThrow('tips[0].url must look like /advice/<slug>/#tip-<ref>');
    expect(() => parseSearchData({ ...data, tips: [{ ...tip, approved: 'yesterday' }] })).toThrow(
      'tips[0].approved must be a date',
    );
    expect(() => parseSearchData({ ...data, tips: [{ ...tip, text: ' ' }] })).toThrow(
      'tips[0].text must be a non-empty string',
    );
  });

  it('says which part is missing', () => {
    expect(() => parseSearchData({ quizzes: [], tips: [] })).toThrow(
      'search data: vocabulary must be an array',
    );
  });
});

describe('quizRecord', () => {
  it('makes a quiz findable by its name with the quiz type', () => {
    const r = quizRecord(quiz);
    expect(r.meta['title']).toBe(quiz.title);
    expect(r.content).toContain('trust between you');
    expect(r.filters).toEqual({ type: ['Quiz'] });
  });
});

describe('tipRecord', () => {
  it('makes a tip a reader-tip result on its article, dated and filed under its topic', () => {
    const r = tipRecord(tip);
    expect(r.url).toBe(tip.url);
    expect(r.content).toBe(tip.text);
    expect(r.meta).toEqual({
      title: 'Reader tip on “Small rituals that keep you close”',
      type: 'Reader tip',
      date: '2026-11-02',
    });
    expect(r.filters).toEqual({ type: ['Reader tip'], topic: ['Closeness'] });
    expect(r.sort).toEqual({ date: '2026-11-02' });
  });
});
