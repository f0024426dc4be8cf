import { z } from 'astro/zod';
import type { ZodType } from 'astro/zod';
import { faqSchema } from './faq';
import { sourceSchema } from './source';
import { calendarDate, oneLine, personName, text } from './fields';

interface References<T extends ZodType, A extends ZodType, Q extends ZodType, I extends ZodType> {
  topic: T;
  author: A;
  quiz: Q;
  /** Astro's `image()` helper (a file next to the article, optimised at build time); a path in tests. */
  image: I;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): string | undefined {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}

interface ArticleFacts {
  published: Date;
  updated?: Date | undefined;
  changes?: string | undefined;
  people: string[];
  sources: { id: string }[];
  faq: { id: string }[];
}

/** Rules that join several fields: dates in order, a change note with its date, no repeated ids. */
function checkConsistency(a: ArticleFacts, ctx: z.RefinementCtx) {
  if (a.updated && a.updated < a.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: 'must not be before "published"',
    });
  }
  if (a.updated && !a.changes) {
    ctx.addIssue({
      code: 'custom',
      path: ['changes'],
      message: 'is required when "updated" is set: say in one line what changed',
    });
  }
  if (a.changes && !a.updated) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: 'is required when "changes" is set: the date of the change',
    });
  }
  const dupPerson = uniqueBy(a.people, (p) => p);
  if (dupPerson)
    ctx.addIssue({ code: 'custom', path: ['people'], message: `repeats "${dupPerson}"` });
  const dupSource = uniqueBy(a.sources, (s) => s.id);
  if (dupSource)
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: `repeats the id "${dupSource}"`,
    });
  const dupFaq = uniqueBy(a.faq, (f) => f.id);
  if (dupFaq)
    ctx.addIssue({ code: 'custom', path: ['faq'], message: `repeats the id "${dupFaq}"` });
}

/**
 * Frontmatter of an article (`content/articles/<slug>.mdx`; the file name is the URL slug).
 * References are passed in so that unit tests can check the shape without Astro.
 */
export function articleSchema<
  T extends ZodType,
  A extends ZodType,
  Q extends ZodType,
  I extends ZodType,
>(refs: References<T, A, Q, I>) {
  return z
    .object({
      /** The headline, also the `<title>` (the site name is appended). */
      title: text(90),
      /** Meta description shown by search engines: 70 to 160 characters. */
      description: z
        .string()
        .trim()
        .min(70, 'must be at least 70 characters: say what the reader will learn')
        .max(160, 'must be at most 160 characters: search engines cut it'),
      /** The "quick insights": two to five points, each one sentence. */
      summary: z
        .array(text(240))
        .min(2, 'needs at least 2 points')
        .max(5, 'has more than 5 points'),
      /** Topic slug (`content/topics/<topic>.yaml`). */
      topic: refs.topic,
      /**
       * The hero image and card thumbnail, when the article should not use its topic's drawing.
       * `src` is a file path relative to the article (PNG, JPEG, WebP or AVIF, at least 1200 px
       * wide; the build makes AVIF and WebP at the sizes phones and screens need). Use only images
       * drawn here or owned by the editor: no stock photos, no faces made by a model.
       */
      image: z
        .object({
          src: refs.image,
          /** What the image shows, for readers who cannot see it; "" only when it is purely decorative. */
          alt: z
            .string({
              error: 'is required: say what the image shows ("" if it is only decoration)',
            })
            .trim()
            .max(200, 'must be at most 200 characters'),
        })
        .optional(),
      /** Author slug (`content/authors/<author>.yaml`); the editorial team when no person wrote it. */
      author: refs.author,
      /** Optional reviewer slug: an expert who checked the article. */
      reviewer: refs.author.optional(),
      /** First publication date (YYYY-MM-DD). */
      published: calendarDate,
      /** Date of the last substantive update, if any; shown under the byline with `changes`. */
      updated: calendarDate.optional(),
      /** One line saying what the update changed, e.g. "Sources checked; two claims removed." */
      changes: oneLine(200).optional(),
      /**
       * Every invented first name used in the examples. When the list is not empty the page says
       * that names and details are invented; the content lint checks each name is used once site-wide.
       */
      people: z.array(personName).default([]),
      /** Numbered references, cited in the body with `<Cite id="…" />`. */
      sources: z.array(sourceSchema).default([]),
      /** Quiz slugs shown as related quizzes (`content/quizzes/<slug>.yaml`). */
      quizzes: z.array(refs.quiz).default([]),
      /** The FAQ, rendered where the body places `<Faq />`. */
      faq: z.array(faqSchema).default([]),
      /** Keep a finished article out of lists and the sitemap until it is ready. */
      draft: z.boolean().default(false),
    })
    .superRefine(checkConsistency);
}

/** What `withEntryImage` needs of the shared schema's output: the image as a path. */
interface WithImagePath {
  image?: { src: string; alt: string } | undefined;
}

/**
 * The article schema of one entry, from one built for all. Astro calls a collection's schema
 * function for every entry, to bind `image()` to that entry's file; building the article object
 * anew each time (zod prepares and compiles an object's parser on its first use) cost about 0.6 ms
 * an article: 6 s of a 10,000-article content sync. So the object is built once, with the image
 * path checked as a string, and the entry's own `image` schema then runs on that path, with any
 * issue reported at `image.src` as before.
 */
export function withEntryImage<A extends WithImagePath, I extends ZodType>(
  shared: ZodType<A>,
  image: I,
) {
  return shared.transform(async (article, ctx) => {
    if (!article.image) return { ...article, image: undefined };
    const src = await image.safeParseAsync(article.image.src);
    if (!src.success) {
      for (const issue of src.error.issues)
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          path: ['image', 'src', ...issue.path],
        });
      return z.NEVER;
    }
    return { ...article, image: { ...article.image, src: src.data } };
  });
}
