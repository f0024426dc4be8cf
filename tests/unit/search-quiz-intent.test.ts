import { describe, expect, it } from 'vitest';
import { find } from '../../src/lib/search/find';
import { isQuizQuery } from '../../src/lib/search/quiz-intent';
import { RESULT_TYPE } from '../../src/lib/search/records';
import { EMPTY_CONFIG } from '../../src/lib/search/search-config';
import { fakePagefind, type FakePage } from './search-fake-pagefind';

describe('isQuizQuery', () => {
  it.each([
    'quiz do I trust my partner',
    'is there a quiz for couples',
    'test how well we talk to each other',
    'a questionnaire about our relationship',
    'self-assessment of how close we are',
    'can we test our communication',
  ])('reads "%s" as asking for a quiz', (q) => {
    expect(isQuizQuery(q)).toBe(true);
  });

  it.each([
    "I took an online test that says I'm avoidant, should I believe it",
    'we are waiting for a pregnancy test',
    'how do I test if he is cheating',
    'a real test of our patience',
    'how to talk about trust',
  ])('leaves "%s" to the ranking', (q) => {
    expect(isQuizQuery(q)).toBe(false);
  });
});

describe('a question that asks for a quiz', () => {
  // The article shares more words with the question; the quiz is held back by quizFactor.
  const article: FakePage = {
    url: '/advice/trust/',
    title: 'Trust your partner again',
    text: 'Trust your partner again when trust in a partner is shaken do I trust my partner',
  };
  const quiz: FakePage = {
    url: '/quizzes/trust/',
    title: 'Trust quiz',
    text: 'Trust quiz how much do you trust',
    type: RESULT_TYPE.quiz,
  };
  const other: FakePage = {
    url: '/quizzes/closeness/',
    title: 'Closeness quiz',
    text: 'Closeness quiz how close are you',
    type: RESULT_TYPE.quiz,
  };
  const config = { ...EMPTY_CONFIG, records: 3 };
  const urls = (found: Awaited<ReturnType<typeof find>>) => found.blocks.map((b) => b.lead.url);

  it('puts the quizzes it matched first, in the order of their scores', async () => {
    const asked = await find(
      fakePagefind([article, quiz, other]).pf,
      { q: 'trust my partner' },
      config,
      5,
    );
    expect(urls(asked)[0]).toBe('/advice/trust/');
    const found = await find(
      fakePagefind([article, quiz, other]).pf,
      { q: 'quiz do I trust my partner' },
      config,
      5,
    );
    // Both quizzes match "quiz"; the one that also matches "trust" comes first.
    expect(urls(found)).toEqual(['/quizzes/trust/', '/quizzes/closeness/', '/advice/trust/']);
  });

  it('leaves a search the reader filtered by topic as ranked', async () => {
    const found = await find(
      fakePagefind([article, quiz, other]).pf,
      { q: 'quiz do I trust my partner', filters: { topic: '' } },
      config,
      5,
    );
    expect(urls(found)[0]).toBe('/advice/trust/');
  });

  it('puts safety first when the question is also about control', async () => {
    const safety: FakePage = {
      url: '/advice/controlling-behaviour/',
      title: 'When love turns into control',
      text: 'When love turns into control signs and where to get help',
      topic: 'Safety',
    };
    const found = await find(
      fakePagefind([article, quiz, safety]).pf,
      { q: 'quiz is my partner controlling' },
      { ...config, records: 3, safetyTopics: ['Safety'] },
      5,
    );
    expect(urls(found)[0]).toBe('/advice/controlling-behaviour/');
  });
});
