/**
 * Cleans reader text at the edge so that everything stored is in one canonical form:
 * Unicode NFC, `\n` line ends, no trailing spaces, at most one blank line in a row.
 * Rejections (control characters, markup, script URLs) are reported by `textProblem`.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// C0/C1 control characters except tab and newline; also bidi overrides, which can disguise text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// An HTML tag or comment: `<b>`, `</p>`, `<!--`, `<script …>`. "I <3 you" is not a tag.
const MARKUP = /<\s*\/?\s*[a-z!][^<>]*>|<!--/i;
// URL schemes that run code or smuggle content when a link is followed.
const SCRIPT_URL = /\b(?:javascript|vbscript|data)\s*:/i;

// Something a reader can see: a letter, digit, symbol (emoji too) or punctuation mark.
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;
// Characters that render as nothing (zero-width spaces and joiners, soft hyphens, variation
// selectors, …): kept in stored text, where emoji need them, but never counted as content.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Returns why a reader's text cannot be accepted, or undefined when it is fine. */
export function textProblem(value: string): string | undefined {
  if (!VISIBLE.test(value)) return 'must contain letters or numbers, not only invisible characters';
  if (CONTROL.test(value)) return 'contains invisible control characters; please retype it';
  if (MARKUP.test(value)) return 'must be plain text, without HTML tags';
  if (SCRIPT_URL.test(value)) return 'must not contain script links';
  return undefined;
}

const LINK = /\bhttps?:\/\/[^\s]+|\bwww\.[^\s]+/gi;

/** Counts the web links in a piece of text (used to hold link-heavy posts for review). */
export function countLinks(...texts: (string | undefined)[]): number {
  return texts.reduce((n, t) => n + (t?.match(LINK)?.length ?? 0), 0);
}

/**
 * A key under which two posts that differ only in case, spacing, punctuation or invisible
 * characters collide ("ab\u200Bcd" and "abcd" are the same post).
 */
export function duplicateKey(...parts: (string | undefined)[]): string {
  return parts
    .map((p) =>
      (p ?? '')
        .replace(INVISIBLE, '')
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .join('|');
}
