import { describe, expect, it } from 'vitest';
import { parseSearchData, quizRecord } from '../../src/lib/search/records';

const quiz = {
  url: '/quizzes/trust/',
  title: 'How steady is the trust between you?',
  description: 'A quiz.',
};
const data = {
  quizzes: [quiz],
  vocabulary: [['husband', ['partner']]],
  topics: [{ title: 'Trust', href: '/topics/trust/' }],
  quiz: { title: 'The closeness quiz', href: '/quizzes/closeness/' },
};

describe('parseSearchData', () => {
  it('accepts a valid export and trims text', () => {
    const parsed = parseSearchData({ ...data, quizzes: [{ ...quiz, title: `  ${quiz.title} ` }] });
    expect(parsed.quizzes[0]?.title).toBe(quiz.title);
    expect(parsed.vocabulary).toEqual([['husband', ['partner']]]);
    expect(parsed.topics).toEqual(data.topics);
    expect(parsed.quiz).toEqual(data.quiz);
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

  it('says which part is missing', () => {
    expect(() => parseSearchData({ quizzes: [] })).toThrow(
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
