import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier, usable in URLs and as an HTML id. */
export const slugId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase words joined by hyphens, like "trust-basics"',
  );

/**
 * A calendar date. Quoted ("2025-03-01") or unquoted YAML both work; it is read as UTC midnight
 * so that a build in another time zone does not shift it by a day.
 */
const dateMessage = 'must be a date written as YYYY-MM-DD';
export const calendarDate = z
  .union([z.string(), z.date()], { error: dateMessage })
  .transform((value, ctx) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: dateMessage });
      return z.NEVER;
    }
    return date;
  });

/** An absolute https URL. */
export const httpsUrl = z.url().refine((u) => u.startsWith('https://'), 'must be an https:// URL');

/** Text shown to readers: trimmed, never empty. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Text that must fit on one line (no line breaks), such as a change note. */
export const oneLine = (max: number) =>
  text(max).refine((t) => !/[\r\n]/.test(t), 'must be one line');

/** An invented first name used in an article's examples, such as "Lucía" or "Mary-Kate". */
export const personName = z
  .string()
  .trim()
  .regex(
    /^\p{Lu}[\p{L}'’-]*$/u,
    'must be one first name starting with a capital letter, like "Imogen"',
  )
  .max(30, 'must be at most 30 characters');
