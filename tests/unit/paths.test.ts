import { describe, expect, it } from 'vitest';
import {
  PAGES,
  articlePath,
  faqAnchor,
  faqAnswerPath,
  ogImage,
  quizPath,
  searchPath,
  askPath,
  sharedResultPath,
  submissionEndpoint,
  topicPath,
} from '../../src/lib/paths';

// Literal URLs on purpose: these are the addresses readers bookmark and other sites link to.
describe('site paths', () => {
  it('builds page paths with the trailing slash the site uses', () => {
    expect(articlePath('small-promises')).toBe('/advice/small-promises/');
    expect(topicPath('trust')).toBe('/topics/trust/');
    expect(quizPath('closeness')).toBe('/quizzes/closeness/');
    expect(PAGES.faq).toBe('/faq/');
  });

  it('builds the per-band share page and image paths', () => {
    expect(sharedResultPath('closeness', 'far-apart')).toBe('/quizzes/closeness/result/far-apart/');
    expect(ogImage.band('closeness', 'far-apart')).toBe('/og/quizzes/closeness/far-apart.png');
    expect(ogImage.article('x')).toBe('/og/advice/x.png');
    expect(ogImage.quiz('trust')).toBe('/og/quizzes/trust.png');
  });

  it('links an FAQ answer by the anchor its article gives it', () => {
    expect(faqAnchor('first-step')).toBe('faq-first-step');
    expect(faqAnswerPath('x', 'first-step')).toBe('/advice/x/#faq-first-step');
  });

  it('encodes a search query and leaves an empty one out', () => {
    expect(searchPath('trust & care')).toBe('/search/?q=trust%20%26%20care');
    expect(searchPath()).toBe('/search/');
  });

  it('links the ask page with an article chosen, or without one', () => {
    expect(askPath('rebuilding-trust')).toBe('/ask/?article=rebuilding-trust');
    expect(askPath()).toBe('/ask/');
  });

  it('names the submission endpoints', () => {
    expect(submissionEndpoint('tip')).toBe('/api/submissions/tip/');
    expect(submissionEndpoint('question')).toBe('/api/submissions/question/');
  });
});
