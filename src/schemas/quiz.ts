import { z } from 'astro/zod';
import { text } from './fields';

/**
 * A quiz (`content/quizzes/<slug>.yaml`). The quiz engine extends this with questions,
 * dimensions and bands; the fields here are what lists and related-quiz links need.
 */
export const quizSchema = z.object({
  /** Title shown in lists and on the quiz page. */
  title: text(90),
  /** Meta description and list blurb (70 to 160 characters). */
  description: z.string().trim().min(70).max(160),
});
