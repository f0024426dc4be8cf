// Line breaks (any kind) and tabs, shown as a visible mark.
const BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
// Anything else that a terminal would act on or hide: C0/C1 controls (ESC starts colour and cursor
// sequences), DEL, bidi controls that reorder text, and characters that render as nothing.
const HIDDEN =
  /\p{Cc}|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\p{Default_Ignorable_Code_Point}/gu;

const codePoint = (c: string) =>
  `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * Reader-written text made safe to print in a moderator's terminal: one line, line breaks shown
 * as ⏎ and tabs as ⇥, every other control or invisible character as ⟨U+XXXX⟩. A reader cannot
 * add lines such as "status approved" to `moderate show`, move the cursor, or hide words.
 */
export function visible(value: string): string {
  return value.replace(BREAK, '⏎').replace(/\t/g, '⇥').replace(HIDDEN, codePoint);
}
