import { z } from 'astro/zod';
import { httpsUrl, text } from './fields';

/** A person or team credited on articles (`content/authors/<slug>.yaml`). */
export const authorSchema = z.object({
  /** Display name. */
  name: text(100),
  /** "Organization" for the editorial team, "Person" for a named writer or reviewer. */
  kind: z.enum(['Person', 'Organization']),
  /** Role shown in the byline, e.g. "Licensed marriage and family therapist". */
  role: text(120).optional(),
  /** Credentials shown next to a reviewer's name, e.g. "LMFT". Only real, verifiable ones. */
  credentials: text(80).optional(),
  /** A short biography. */
  bio: text(600),
  /** A public profile page we know to be real. */
  url: httpsUrl.optional(),
});

export type Author = z.infer<typeof authorSchema>;
