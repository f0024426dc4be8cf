import { z } from 'astro/zod';
import type { ZodType } from 'astro/zod';
import { isReferenceCode, referenceExample } from '../lib/reference-code.ts';
import { calendarDate, slugId, text } from './fields.ts';

/**
 * An answered reader question (`content/questions/<ref>.json`), written by
 * `npm run moderate answer`. It joins its article's FAQ, marked as a reader question.
 * Never holds the reader's email or private context.
 */
export function questionSchema<A extends ZodType, B extends ZodType>(refs: {
  article: A;
  author: B;
}) {
  return z.object({
    /** The reference code the reader was given, e.g. "Q-7K3M-9Q2P"; also the FAQ anchor. */
    ref: z
      .string()
      .refine(
        (ref) => isReferenceCode(ref, 'question'),
        `must be a question reference like "${referenceExample.question}"`,
      ),
    /** The article whose FAQ shows the question. */
    article: refs.article,
    /** The question as published (an editor may tidy the wording). */
    question: text(300).refine((q) => q.endsWith('?'), 'must end with a question mark'),
    /** The published answer, plain text. */
    answer: text(1200),
    /** Who answered (`content/authors/<slug>.yaml`). */
    answeredBy: refs.author,
    /** The name the reader chose to show; "A reader" when absent. */
    name: text(60).optional(),
    /** When the reader asked (YYYY-MM-DD). */
    asked: calendarDate,
    /** When the answer was written (YYYY-MM-DD). */
    answered: calendarDate,
  });
}

/** The question file schema with plain slugs (for scripts and tests). */
export const questionFileSchema = questionSchema({ article: slugId, author: slugId });
export type QuestionFile = z.infer<typeof questionFileSchema>;

/** The stable FAQ id of a reader question: `/advice/<slug>/#faq-reader-q-7k3m-9q2p`. */
export const readerFaqId = (ref: string) => `reader-${ref.toLowerCase()}`;
