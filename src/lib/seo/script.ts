/**
 * Serialises JSON-LD for a <script> element. `<` is escaped so that no text in the data
 * (a question, a title) can close the script element.
 */
export function toJsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
