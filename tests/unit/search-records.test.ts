import { describe, expect, it } from 'vitest';
import { faqRecord, parseSearchData, quizRecord, RESULT_TYPE } from '../../src/lib/search/records';

const faq = {
  url: '/advice/emotional-intimacy/#faq-what-is-it',
  question: 'What is emotional intimacy?',
  answer: 'Feeling known and safe with a partner.',
  article: 'Emotional intimacy',
  topic: 'Intimacy and closeness',
  date: '2025-03-01',
};
const quiz = {
  url: '/quizzes/trust/',
  title: 'How steady is the trust between you?',
  description: 'A quiz.',
};

describe('parseSearchData', () => {
  it('accepts a valid export and trims text', () => {
    const data = parseSearchData({
      faqs: [{ ...faq, question: '  What is emotional intimacy? ' }],
      quizzes: [quiz],
    });
    expect(data.faqs[0]?.question).toBe('What is emotional intimacy?');
    expect(data.quizzes).toHaveLength(1);
  });

  it('names the entry and field of a bad value', () => {
    expect(() =>
      parseSearchData({
        faqs: [faq, { ...faq, url: '/advice/x/#faq-a', answer: '' }],
        quizzes: [],
      }),
    ).toThrow('search data: faqs[1].answer must be a non-empty string');
  });

  it('rejects an FAQ link that does not point at an answer anchor', () => {
    expect(() => parseSearchData({ faqs: [{ ...faq, url: '/advice/x/' }], quizzes: [] })).toThrow(
      /faqs\[0\]\.url must look like \/advice\/<slug>\/#faq-<id>/,
    );
  });

  it('rejects a date that cannot be sorted as text', () => {
    expect(() =>
      parseSearchData({ faqs: [{ ...faq, date: '1 March 2025' }], quizzes: [] }),
    ).toThrow(/date must be YYYY-MM-DD/);
  });

  it('rejects two answers with the same anchor', () => {
    expect(() => parseSearchData({ faqs: [faq, faq], quizzes: [] })).toThrow(/repeat the anchor/);
  });

  it('rejects a missing list', () => {
    expect(() => parseSearchData({ faqs: [] })).toThrow('search data: quizzes must be an array');
  });
});

describe('faqRecord', () => {
  it('makes the answer a result titled with its question and linked to its anchor', () => {
    const r = faqRecord(faq);
    expect(r.url).toBe(faq.url);
    expect(r.meta['title']).toBe(faq.question);
    expect(r.content).toContain(faq.question);
    expect(r.content).toContain(faq.answer);
    expect(r.filters).toEqual({ type: [RESULT_TYPE.faq], topic: ['Intimacy and closeness'] });
    expect(r.sort).toEqual({ date: '2025-03-01' });
    expect(r.language).toBe('en');
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
