import { SCHEMA_CONTEXT } from './common';

export interface FaqInput {
  question: string;
  answer: string;
}

/** An FAQPage: each entry a Question with its accepted Answer (an article's FAQ). */
export function faqJsonLd(entries: FaqInput[]): Record<string, unknown> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
}
