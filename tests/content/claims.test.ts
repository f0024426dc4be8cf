// Rule: "studies show", "research suggests" and the like come with the study, in the same sentence.
// FAQ answers are plain text and cannot cite, so they must not make such a claim at all.
import { describe, expect, it } from 'vitest';
import { readArticles } from './support/load';
import { FINDING_PHRASE, uncitedFindings } from './support/text';

describe.each(readArticles())('$file', ({ body, data }) => {
  it('cites the source in every sentence that reports research', () => {
    expect(uncitedFindings(body)).toEqual([]);
  });

  it('makes no research claim in an FAQ answer', () => {
    const claims = data.faq.filter((f) => FINDING_PHRASE.test(f.answer)).map((f) => f.id);
    expect(claims).toEqual([]);
  });
});
