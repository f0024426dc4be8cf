import { z } from 'astro/zod';
import { cleanText, textProblem } from './clean-text.ts';
import { parseVideoLink } from '../../lib/video-link.ts';

/** Form fields arrive as strings; an empty optional field means "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Reader-written text: cleaned, length-checked after cleaning, and free of markup and control characters. */
function readerText(min: number, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? 'must not be empty' : `is too short: write at least ${min} characters`)
        .max(max, `is too long: at most ${max} characters`)
        .superRefine((value, ctx) => {
          const problem = textProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    );
}

/** Slug of the article the post belongs to (the server also checks the article exists). */
const articleSlug = z
  .string({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must name an article'),
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a known article')
  .max(120, 'is not a known article');

/** Optional name shown with a published post, on one line; never a link. */
const displayName = z.preprocess(
  blankToUndefined,
  readerText(1, 60)
    .refine((name) => !/[\n\u2028\u2029]/.test(name), 'must fit on one line')
    .optional(),
);

/** Optional email for a reply; never published, never exported to content files. */
const email = z.preprocess(
  blankToUndefined,
  z
    .string({ error: 'must be text' })
    .trim()
    .max(254, 'is too long')
    .pipe(z.email({ error: 'does not look like an email address' }))
    .transform((e) => e.toLowerCase())
    .optional(),
);

/** Consent to publish: a checked box ("on") or `true`. Anything else is a refusal. */
const consent = z.preprocess(
  (v) => v === 'on' || v === 'true' || v === true,
  z.literal(true, { error: 'please agree so we can publish it' }),
);

/**
 * A reader tip as posted by the form: a written tip (20 to 1,000 characters) or a video tip
 * (a YouTube, Vimeo or TED link, with an optional note). Extra fields are refused.
 */
export const tipInputSchema = z
  .strictObject({
    /** Article slug the tip is about. */
    article: articleSlug,
    /** "text" for a written tip, "video" for a link to a talk or video. */
    kind: z.enum(['text', 'video'], { error: 'must be "text" or "video"' }),
    /** The written tip; for a video tip, an optional note about it. */
    text: z.preprocess(blankToUndefined, readerText(1, 1000).optional()),
    /** The video link (video tips only). */
    videoUrl: z.preprocess(
      blankToUndefined,
      z.string({ error: 'must be text' }).max(500, 'is too long').optional(),
    ),
    /** Optional display name. */
    name: displayName,
    /** Optional email, never published. */
    email,
    /** Consent to publish the tip if approved. */
    consent,
  })
  // Runs even when other fields failed (`when`), so the reader sees every problem in one go.
  .superRefine(
    (tip, ctx) => {
      // `when` runs this on input that failed elsewhere, so no field can be trusted to have its type.
      const kind: unknown = tip.kind;
      const text = typeof tip.text === 'string' ? tip.text : undefined;
      const link = typeof tip.videoUrl === 'string' ? tip.videoUrl : undefined;
      if (kind === 'text') {
        if (tip.text === undefined)
          ctx.addIssue({ code: 'custom', path: ['text'], message: 'please write your tip' });
        else if (text !== undefined && text.length < 20)
          ctx.addIssue({
            code: 'custom',
            path: ['text'],
            message: 'is too short: write at least 20 characters',
          });
        if (tip.videoUrl !== undefined)
          ctx.addIssue({ code: 'custom', path: ['videoUrl'], message: 'belongs to a video tip' });
      } else if (kind === 'video') {
        if (tip.videoUrl === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['videoUrl'],
            message: 'please paste the video link',
          });
        else if (link !== undefined && !parseVideoLink(link))
          ctx.addIssue({
            code: 'custom',
            path: ['videoUrl'],
            message: 'must be a YouTube, Vimeo or TED link to one video',
          });
      }
    },
    { when: () => true },
  )
  .transform((tip) => ({ ...tip, video: tip.videoUrl ? parseVideoLink(tip.videoUrl) : undefined }));

/** A reader question as posted by the form. Extra fields are refused. */
export const questionInputSchema = z.strictObject({
  /** Article slug the question relates to. */
  article: articleSlug,
  /** The question itself. */
  question: readerText(10, 300),
  /** Optional background to the question; it helps the answer but is never published. */
  context: z.preprocess(blankToUndefined, readerText(1, 2000).optional()),
  /** Optional display name. */
  name: displayName,
  /** Optional email, never published. */
  email,
  /** Consent to publish the question (without the context) with its answer. */
  consent,
});

export type TipInput = z.output<typeof tipInputSchema>;
export type QuestionInput = z.output<typeof questionInputSchema>;

/** Field name → first problem, as shown next to each field. "form" holds problems of the whole post. */
export type FieldErrors = Record<string, string>;

/** Flattens zod issues into one message per field, naming unexpected fields plainly. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      out['form'] ??=
        `unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
      continue;
    }
    const key = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    out[key] ??= issue.message;
  }
  return out;
}
