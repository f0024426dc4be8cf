import { z } from 'astro/zod';
import { httpsUrl, slugId, text } from './fields';

/**
 * One numbered reference. Cite it in the body with `<Cite id="…" />`; its number is its position
 * in the article's `sources` list.
 */
export const sourceSchema = z.object({
  /** Stable id used by `<Cite id="…" />` and as the anchor `#source-<id>`. */
  id: slugId,
  /** How the work is named in the list, e.g. the title of a study. */
  title: text(300),
  /** Authors as written in the work, if we can name them with confidence. */
  authors: text(300).optional(),
  /** Journal, publisher or institution. */
  publisher: text(200).optional(),
  /** Year of publication. */
  year: z.number().int().min(1800).max(2100).optional(),
  /** Where a reader can find it; only a URL we know to be real. */
  url: httpsUrl.optional(),
  /** A line saying what the source supports in this article. */
  note: text(300).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
