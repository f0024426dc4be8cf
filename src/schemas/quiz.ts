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

/** An action the result suggests, linking to the article (or page) that helps most with it. */
const actionSchema = z.object({
  /** Link text, an action in plain words, e.g. "Listen for the feeling, not the problem". */
  label: text(80),
  /** Site path with an optional section anchor: "/advice/<slug>/#<section>", or "/help/". */
  href: z
    .string()
    .regex(
      /^(\/advice\/[a-z0-9-]+\/(#[a-z0-9-]+)?|\/help\/)$/,
      'must be an article path like "/advice/<slug>/#<section>", or "/help/"',
    ),
  /** One sentence under the link, when the action needs a caveat or a word of context. */
  detail: text(240).optional(),
});

/** Something the quiz measures, e.g. one of the five signs. */
const dimensionSchema = z.object({
  /** Id used by questions' `dimension` field; also stable in share links. */
  id: slugId,
  /** Name shown in results, e.g. "Trust". */
  label: text(40),
  /** What this dimension means, in a sentence or two. */
  meaning: text(400),
  /**
   * Two or three actions shown when this is the weakest dimension. When the dimension holds a
   * warning-sign item, they must never suggest that the reader caused the partner's behaviour
   * (the content lint checks this: tests/content/quiz-flags.test.ts).
   */
  ways: z.array(actionSchema).min(2, 'needs 2 or 3 actions').max(3, 'needs 2 or 3 actions'),
  /**
   * Safety-first actions that replace `ways` when the reader answered one of this dimension's
   * warning-sign items (`flag: safety`) at its strong end. Required when it has such an item.
   */
  safetyWays: z.array(actionSchema).min(1).max(3).optional(),
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
  /**
   * True for a single-item measure (the circles picture): the result shows the answer on its own,
   * and it counts toward no dimension and not toward the overall score. Such an item has no
   * `dimension`. Changing it changes the quiz's fingerprint.
   */
  standalone: z.boolean().default(false),
  /**
   * "safety" marks a warning sign (being belittled, afraid, watched). Answered at its strong end,
   * the result opens with a safety section (this item's `safety` text, help lines, "not your
   * fault") before any idea, and the dimension's `safetyWays` replace its `ways`.
   */
  flag: z.literal('safety').optional(),
  /** With `flag`: the labels of the options that count as the strong end, e.g. ["Strongly agree"]. */
  strongEnd: z.array(text(120)).min(1).optional(),
  /**
   * With `flag`: what a strong answer here can mean, in one or two calm sentences that never blame
   * the reader. Shown in the safety section under the reader's own answer.
   */
  safety: text(400).optional(),
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
      /**
       * How the questions and bands were made and how each item is scored; must say plainly that
       * they are the editors' own and not a validated test.
       */
      method: text(900).refine(
        (m) => /not a validated/i.test(m),
        'must say plainly that the quiz is "not a validated" test',
      ),
      /**
       * One or two sentences above the help lines (which come from content/help, shown for the
       * reader's country). No phone numbers here: they would be one country's only.
       */
      help: text(400).refine((h) => !/\d{3}/.test(h), 'must not hold phone numbers'),
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
      // Fill in each question's scale, and turn strong-end labels into option positions, so the
      // engine never has to know the default rule or look labels up.
      const first = quiz.scales[0]?.id ?? '';
      const questions = quiz.questions.map(({ strongEnd, ...q }) => {
        const scale = q.scale ?? first;
        const labels = quiz.scales.find((sc) => sc.id === scale)?.options.map((o) => o.label) ?? [];
        const strongAnswers = strongEnd?.map((label) => labels.indexOf(label));
        return { ...q, scale, ...(strongAnswers && { strongAnswers }) };
      });
      return { ...quiz, questions };
    });
}
