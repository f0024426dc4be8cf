import { SCHEMA_CONTEXT, organization, type Publisher } from './common';

/** What the quiz page's structured data needs. */
export interface QuizJsonLdInput {
  url: string;
  name: string;
  description: string;
  /** Labels of what the quiz measures. */
  about: string[];
  questions: number;
  publisher: Publisher;
}

/** A schema.org Quiz: a free self-assessment, with what it is about and how long it is. */
export function quizJsonLd(q: QuizJsonLdInput): Record<string, unknown> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Quiz',
    '@id': `${q.url}#quiz`,
    url: q.url,
    name: q.name,
    description: q.description,
    about: q.about.map((name) => ({ '@type': 'Thing', name })),
    educationalUse: 'self-assessment',
    isAccessibleForFree: true,
    inLanguage: 'en',
    numberOfQuestions: q.questions,
    publisher: organization(q.publisher),
  };
}
