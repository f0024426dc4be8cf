import { z } from 'astro/zod';
import { httpsUrl, slugId, text } from './fields';
import { SOURCE_KINDS } from '../lib/citation';
import { compactIsbn, doiProblem, isbnProblem } from '../lib/identifiers';

/** YAML reads `volume: 63` as a number and `volume: "63"` as a string; both mean the same. */
const shortText = (max: number) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(text(max));

const doi = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = doiProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const isbn = shortText(20)
  .superRefine((value, ctx) => {
    const problem = isbnProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(compactIsbn);

/**
 * One numbered reference, checked against the publisher's or PubMed's record before it is cited.
 * Cite it in the body with `<Cite id="…" />`; its number is its position in the `sources` list.
 * The fields follow the writers' format (`CONTENT-FORMAT.md`); the list renders them APA-like.
 */
export const sourceSchema = z
  .object({
    /** Stable id used by `<Cite id="…" />` and as the anchor `#source-<id>`, e.g. "gottman-levenson-1992". */
    id: slugId,
    /** What kind of work it is; decides which fields it needs and how it is cited. */
    kind: z.enum(SOURCE_KINDS, {
      error: `must be one of: ${SOURCE_KINDS.join(', ')}`,
    }),
    /** All authors in order, APA style, as the record lists them: "Gottman, J. M., & Levenson, R. W." */
    authors: text(500),
    /** Year of publication. */
    year: z.number().int().min(1800).max(2100),
    /** The exact title from the record. */
    title: text(300),
    /** The journal (study, review) or, for a chapter, the book it appeared in. */
    journal: text(200).optional(),
    volume: shortText(20).optional(),
    issue: shortText(20).optional(),
    /** Page range, e.g. "221–233". */
    pages: shortText(40).optional(),
    /** The bare DOI ("10.1037/…"), required whenever the work has one; it becomes the link. */
    doi: doi.optional(),
    /** An address seen on the publisher's, PubMed's or the organisation's own page. */
    url: httpsUrl.optional(),
    /** For books: ISBN-10 or ISBN-13, checked. */
    isbn: isbn.optional(),
    /** Books, reports, guidelines: the publisher or organisation. */
    publisher: text(200).optional(),
    /** With the publisher, for works that have no DOI, URL or ISBN. */
    place: text(100).optional(),
    /** One line on what the work found that the article relies on. */
    note: text(300).optional(),
  })
  .superRefine(
    (s, ctx) => {
      const need = (field: string, why: string) =>
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `source "${s.id}" (${s.kind}) needs "${field}": ${why}`,
        });
      if (!s.doi && !s.url && !s.isbn && !(s.publisher && s.place)) {
        ctx.addIssue({
          code: 'custom',
          message: `source "${s.id}" has no DOI, URL, ISBN, or publisher with place: add one so that a reader can find it`,
        });
      }
      if (['study', 'review', 'chapter'].includes(s.kind) && !s.journal) {
        need(
          'journal',
          s.kind === 'chapter' ? 'the book it appeared in' : 'where it was published',
        );
      }
      if (['talk', 'guideline'].includes(s.kind) && !s.url)
        need('url', 'where a reader can see it');
      if (['book', 'report', 'guideline'].includes(s.kind) && !s.publisher) {
        need('publisher', 'who published it');
      }
      if (s.place && !s.publisher) need('publisher', '"place" only makes sense with it');
    },
    // Also when another field is wrong, so that every problem of a source is named at once.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type Source = z.infer<typeof sourceSchema>;
