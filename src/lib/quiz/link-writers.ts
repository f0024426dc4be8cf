import { shortHash } from './hash';
import { LINK_VERSION, type SharedResult } from './links';
import type { Answers } from './types';

// Writing share and couple links, in the format described in links.ts. Apart from the readers
// because only the results view writes links, and the quiz page should not load this before.

/** Appends the check: a hash of everything before it. */
function seal(body: string): string {
  return `${body}.${shortHash(body)}`;
}

/** The fragment value for a share link. */
export function encodeResult(fingerprint: string, result: SharedResult): string {
  const scores = result.scores.join('_');
  return seal(`r${LINK_VERSION}.${fingerprint}.${result.band.id}.${result.overall}.${scores}`);
}

/** The fragment value for a couple link: one digit per answer (scales have at most 10 options). */
export function encodeAnswers(fingerprint: string, answers: Answers): string {
  const digits = answers.map((a) => {
    if (a === null || !Number.isInteger(a) || a < 0 || a > 9) {
      throw new RangeError('only complete answers of 0 to 9 can be encoded');
    }
    return String(a);
  });
  return seal(`c${LINK_VERSION}.${fingerprint}.${digits.join('')}`);
}
