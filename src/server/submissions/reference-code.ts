import { randomBytes } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud and to type back.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference code shown to the reader, e.g. "T-7K3M-9Q2P" for a tip, "Q-…" for a question. */
export function referenceCode(kind: 'tip' | 'question'): string {
  const bytes = randomBytes(8);
  let code = '';
  for (const b of bytes) code += ALPHABET[b & 31];
  return `${kind === 'tip' ? 'T' : 'Q'}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** True for a string shaped like a reference code (used by the moderation CLI to read arguments). */
export function isReferenceCode(value: string): boolean {
  return /^[TQ]-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(value);
}
