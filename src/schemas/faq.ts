import { z } from 'astro/zod';
import { slugId, text } from './fields';

/**
 * One FAQ entry. The article page, its FAQPage JSON-LD, the site-wide FAQ hub and search all
 * read this one record.
 */
export const faqSchema = z.object({
  /** Stable anchor: `/advice/<slug>/#faq-<id>` opens this answer. Never change it once published. */
  id: slugId,
  /** The question, as a reader would ask it. */
  question: text(200).refine((q) => q.endsWith('?'), 'must end with a question mark'),
  /** A short, complete answer in plain text (two to four sentences). */
  answer: text(1200),
  /**
   * Other ways readers ask this question, in their words ("is it normal that he never texts
   * first?"). Search finds the answer by them; they are shown nowhere.
   */
  alsoAsked: z.array(text(160)).max(6, 'keep to six phrasings').default([]),
});

export type FaqEntry = z.infer<typeof faqSchema>;
