import { describe, expect, it } from 'vitest';
import { quizJsonLd } from '../../../src/lib/seo/quiz';

describe('quizJsonLd', () => {
  it('describes the quiz as a free schema.org Quiz with its topics and length', () => {
    const ld = quizJsonLd({
      url: 'https://closer.example/quizzes/trust/',
      name: 'Trust quiz',
      description: 'A private quiz.',
      about: ['Reliability', 'Honesty'],
      questions: 12,
      publisher: { name: 'Closer', url: 'https://closer.example/' },
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Quiz',
      '@id': 'https://closer.example/quizzes/trust/#quiz',
      name: 'Trust quiz',
      isAccessibleForFree: true,
      numberOfQuestions: 12,
      about: [
        { '@type': 'Thing', name: 'Reliability' },
        { '@type': 'Thing', name: 'Honesty' },
      ],
      publisher: { '@type': 'Organization', name: 'Closer' },
    });
    // It must survive the trip into a <script type="application/ld+json">.
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});
