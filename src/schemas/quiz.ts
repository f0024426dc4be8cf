import { z } from 'astro/zod';
import type { ZodType } from 'astro/zod';
import { slugId, text } from './fields';
import { sourceSchema } from './source';
import { checkQuizStructure } from './quiz-rules';

interface References<Article extends ZodType> {
  /** Validates an article slug: `reference('articles')` in the build, any string schema in tests. */
  article: Article;
}

/** One answer choice; its position in the list is its value (first = lowest). */
const optionSchema = z.object({
  /** What the reader sees, e.g. "Strongly agree", or a description of the picture. */
  label: text(120),
});

/** An answer scale shared by several questions. */
const scaleSchema = z.object({
  /** Id used by questions' `scale` field. */
  id: slugId,
  /** "words": labelled radios; "circles": each option drawn as two overlapping circles. */
  kind: z.enum(['words', 'circles']).default('words'),
  /** Two to ten options, lowest first (one digit per answer keeps couple links short). */
  options: z
    .array(optionSchema)
    .min(2, 'needs at least 2 options')
    .max(10, 'has more than 10 options'),
});

/** A link to the section of an article that helps with a dimension. */
const helpLinkSchema = z.object({
  /** Link text, e.g. "Listen with empathy". */
  label: text(80),
  /** Site path with an optional section anchor, e.g. "/advice/emotional-intimacy/#listen-with-empathy". */
  href: z
    .string()
    .regex(
      /^\/advice\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/,
      'must be an article path like "/advice/<slug>/#<section>"',
    ),
});

/** Something the quiz measures, e.g. one of the five signs. */
const dimensionSchema = z.object({
  /** Id used by questions' `dimension` field; also stable in share links. */
  id: slugId,
  /** Name shown in results, e.g. "Trust". */
  label: text(40),
  /** What this dimension means, in a sentence or two. */
  meaning: text(400),
  /** Where to read more when this is the weakest dimension (one to four links). */
  ways: z.array(helpLinkSchema).min(1, 'needs at least 1 link').max(4),
  /** A question for couple mode, to start talking when partners see this differently. */
  starter: text(300),
});

/** One statement the reader rates. */
const questionSchema = z.object({
  /** Stable id, also the form field name. Changing it invalidates saved progress and links. */
  id: slugId,
  /** The statement or question, in plain words. */
  text: text(240),
  /** Scale id; defaults to the first scale listed. */
  scale: slugId.optional(),
  /** Dimension id. Leave it out for an item that only counts toward the overall score. */
  dimension: slugId.optional(),
  /** True when agreeing means less of the dimension (the score is mirrored). */
  reverse: z.boolean().default(false),
});

/** A range of overall scores with what it means. Bands must tile 0 to 100 without gap or overlap. */
const bandSchema = z.object({
  /** Stable id, used in share-result URLs and Open Graph image names. */
  id: slugId,
  /** Lowest overall score in this band (inclusive). */
  min: z.number().int().min(0).max(100),
  /** Highest overall score in this band (inclusive). */
  max: z.number().int().min(0).max(100),
  /** Short heading for the result, e.g. "Mostly close". */
  title: text(60),
  /** What this result suggests, kind and specific, two to four sentences. */
  interpretation: text(700),
});

/**
 * A quiz (`content/quizzes/<slug>.yaml`; the file name is the URL slug). The page, the island,
 * share links, Open Graph images and related-quiz links all read this one file.
 */
export function quizSchema<Article extends ZodType>(refs: References<Article>) {
  return z
    .object({
      /** Title shown in lists and on the quiz page. */
      title: text(90),
      /** Meta description and list blurb (70 to 160 characters). */
      description: z.string().trim().min(70).max(160),
      /** Short heading in the list and the share preview, e.g. "Closeness". */
      shortTitle: text(40),
      /** The introduction shown before the first question (plain text, paragraphs split by blank lines). */
      intro: text(1200),
      /** What to call a dimension in results, e.g. "sign" ("Strongest sign: Trust"). */
      dimensionNoun: text(20).default('area'),
      /** About how long it takes, in minutes. */
      minutes: z.number().int().min(1).max(30),
      /** Answer scales; questions use the first one unless they name another. */
      scales: z.array(scaleSchema).min(1, 'needs at least 1 scale'),
      /** What the quiz measures; every one needs at least one question. */
      dimensions: z.array(dimensionSchema).min(1, 'needs at least 1 dimension').max(8),
      /** The items, in the order they are asked (never shuffled: the server and island must agree). */
      questions: z.array(questionSchema).min(2).max(60),
      /** Result bands, lowest first, tiling 0 to 100. */
      bands: z.array(bandSchema).min(2, 'needs at least 2 bands'),
      /** What the quiz can and cannot tell; must make clear it is not a diagnosis. */
      note: text(800).refine(
        (n) => /not a diagnosis/i.test(n),
        'must say plainly that the quiz is "not a diagnosis"',
      ),
      /** Where to find help, including when the reader feels unsafe. */
      help: text(800),
      /** Slugs of articles to read next (`content/articles/<slug>.mdx`). */
      related: z.array(refs.article).default([]),
      /** Works the quiz draws on (e.g. the picture item's origin). */
      sources: z.array(sourceSchema).default([]),
      /** Position in the quiz list, lowest first. */
      order: z.number().int().default(100),
    })
    .superRefine((quiz, ctx) => {
      for (const problem of checkQuizStructure(quiz)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
    })
    .transform((quiz) => {
      // Fill in each question's scale so the engine never has to know the default rule.
      const first = quiz.scales[0]?.id ?? '';
      return { ...quiz, questions: quiz.questions.map((q) => ({ ...q, scale: q.scale ?? first })) };
    });
}
