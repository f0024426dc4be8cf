import { z } from 'astro/zod';
import type { ZodType } from 'astro/zod';
import { isReferenceCode, referenceExample } from '../lib/reference-code.ts';
import { isVideoId, VIDEO_PROVIDERS } from '../lib/video.ts';
import { calendarDate, slugId, text } from './fields.ts';

/**
 * An approved reader tip (`content/tips/<ref>.json`), written by `npm run moderate approve`.
 * Only what is published lives here: never the reader's email. The article is passed in so that
 * the moderation CLI can validate a file without Astro (it uses a plain slug).
 */
export function tipSchema<A extends ZodType>(article: A) {
  return z
    .object({
      /** The reference code the reader was given, e.g. "T-7K3M-9Q2P". */
      ref: z
        .string()
        .refine(
          (ref) => isReferenceCode(ref, 'tip'),
          `must be a tip reference like "${referenceExample.tip}"`,
        ),
      /** The article the tip is shown on (`content/articles/<slug>.mdx`). */
      article,
      /** The tip in the reader's words (for a video tip, an optional note). Always rendered as text. */
      text: text(1000).optional(),
      /** A video tip: provider and id, shown as a click-to-load facade. */
      video: z
        .object({
          /** Where the video lives. */
          provider: z.enum(VIDEO_PROVIDERS),
          /** The provider's id (YouTube id, Vimeo number or TED talk slug), by the rules in lib/video.ts. */
          id: z.string(),
        })
        .refine((v) => isVideoId(v.provider, v.id), {
          message: 'is not a valid id for that provider',
          path: ['id'],
        })
        .optional(),
      /** The name the reader chose to show; "A reader" when absent. */
      name: text(60).optional(),
      /** When the reader sent it (YYYY-MM-DD). */
      submitted: calendarDate,
      /** When an editor approved it (YYYY-MM-DD). */
      approved: calendarDate,
    })
    .refine((t) => t.text !== undefined || t.video !== undefined, 'needs "text" or "video"');
}

/** The tip file schema with the article as a plain slug (for scripts and tests). */
export const tipFileSchema = tipSchema(slugId);
export type TipFile = z.infer<typeof tipFileSchema>;
