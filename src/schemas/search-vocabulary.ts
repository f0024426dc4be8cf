import { z } from 'astro/zod';

/** Longest phrase either side: single words and short phrases, not sentences. */
const MAX_WORDS = 4;
/** The whole vocabulary travels to the reader's browser with search, so it stays small. */
export const MAX_READER_PHRASES = 400;

const phrase = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .refine((p) => /\p{L}/u.test(p), 'must contain a letter')
  .refine(
    (p) => p.split(/\s+/).length <= MAX_WORDS,
    `must be at most ${MAX_WORDS} words: a word or a short phrase`,
  );

/**
 * The search vocabulary (`content/search/synonyms.yaml`): each of the site's words, then the
 * everyday words and short phrases readers use for it. When a reader types one of those, search
 * looks for the site's word too. Numbers and booleans (YAML reads `no` or `1` as those) are
 * refused by the type check, so every entry is plainly a word.
 */
export const searchVocabularySchema = z
  .record(z.string(), z.array(phrase).min(1, 'needs at least one reader word'))
  .superRefine((groups, ctx) => {
    let phrases = 0;
    for (const [ours, theirs] of Object.entries(groups)) {
      const checked = phrase.safeParse(ours);
      if (!checked.success) {
        ctx.addIssue({
          code: 'custom',
          path: [ours],
          message: 'the site word must be a word or a short phrase',
        });
      }
      const lower = theirs.map((t) => t.toLowerCase());
      const repeated = lower.find((t, i) => lower.indexOf(t) !== i);
      if (repeated) {
        ctx.addIssue({ code: 'custom', path: [ours], message: `lists "${repeated}" twice` });
      }
      if (lower.includes(ours.toLowerCase())) {
        ctx.addIssue({ code: 'custom', path: [ours], message: 'lists the site word itself' });
      }
      phrases += theirs.length;
    }
    if (phrases > MAX_READER_PHRASES) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `has ${phrases} reader words; keep it to ${MAX_READER_PHRASES} (it is sent to every reader who searches)`,
      });
    }
  });

export type SearchVocabularyFile = z.infer<typeof searchVocabularySchema>;
