/**
 * The reference code a reader gets for a tip or a question, e.g. "T-7K3M-9Q2P" or "Q-4D2A-8K1C":
 * the one definition used to make codes (the server), to check them (the content schemas, the
 * thanks page, the moderation tool's arguments) and to describe them in messages.
 */

// Crockford's base32 without I, L, O, U: easy to read aloud and to type back.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BLOCK = '[0-9A-HJKMNP-TV-Z]{4}';

export type ReferenceKind = 'tip' | 'question';

const PREFIX: Record<ReferenceKind, string> = { tip: 'T', question: 'Q' };

/** The pattern of one kind's codes, or of both kinds when `kind` is left out. */
export function referencePattern(kind?: ReferenceKind): RegExp {
  const prefix = kind ? PREFIX[kind] : '[TQ]';
  return new RegExp(`^${prefix}-${BLOCK}-${BLOCK}$`);
}

/** True for a well-formed code (of `kind`, when given). Upper case only: callers upper-case input. */
export function isReferenceCode(value: string, kind?: ReferenceKind): boolean {
  return referencePattern(kind).test(value);
}

/** The kind a well-formed code belongs to. */
export function referenceKind(code: string): ReferenceKind {
  return code.startsWith('Q') ? 'question' : 'tip';
}

/** A fresh random code: 40 bits from the platform's cryptographic random source. */
export function referenceCode(kind: ReferenceKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let code = '';
  for (const b of bytes) code += ALPHABET.charAt(b & 31);
  return `${PREFIX[kind]}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** An example code for messages, e.g. 'must be a tip reference like "T-7K3M-9Q2P"'. */
export const referenceExample: Record<ReferenceKind, string> = {
  tip: 'T-7K3M-9Q2P',
  question: 'Q-7K3M-9Q2P',
};
