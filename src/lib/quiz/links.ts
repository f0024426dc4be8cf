import { shortHash } from './hash';
import { bandFor, optionCounts } from './scoring';
import type { Band, QuizDefinition } from './types';

/**
 * Share and couple links. Both live in the URL fragment (`#r=…`, `#c=…`), which browsers never
 * send to a server, and both look like `<kind><version>.<fingerprint>.<payload…>.<check>`:
 * - the version lets a future format refuse an old link by name instead of misreading it;
 * - the fingerprint (see fingerprint.ts) ties the link to the quiz structure it was made for;
 * - the check (a hash of the rest) notices a link that was edited or cut short.
 * Decoding never throws: it returns either the value or a reason the island can explain.
 * This file reads links (every quiz page does); writing them is in link-writers.ts, which only the
 * results view loads.
 */

/** Version of both link formats written today. */
export const LINK_VERSION = 1;

/** Longer fragments are refused before any work is done on them. */
export const MAX_LINK_LENGTH = 400;

/** Why a link was refused. */
export type LinkProblem =
  'empty' | 'too-long' | 'malformed' | 'unknown-version' | 'other-quiz' | 'edited' | 'out-of-range';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem };

/** What a share link carries: the band and the scores, never the answers. */
export interface SharedResult {
  overall: number;
  band: Band;
  /** Scores in the quiz's dimension order. */
  scores: number[];
}

const fail = (problem: LinkProblem): { ok: false; problem: LinkProblem } => ({
  ok: false,
  problem,
});

/** Splits a sealed link into its parts once the kind, length, characters and check are right. */
function unseal(raw: unknown, kind: 'r' | 'c', fingerprint: string): Decoded<string[]> {
  if (typeof raw !== 'string' || raw.length === 0) return fail('empty');
  if (raw.length > MAX_LINK_LENGTH) return fail('too-long');
  if (!/^[a-z0-9._-]+$/.test(raw)) return fail('malformed');
  const parts = raw.split('.');
  const head = /^([rc])(\d{1,3})$/.exec(parts[0] ?? '');
  if (head?.[1] !== kind) return fail('malformed');
  if (Number(head[2]) !== LINK_VERSION) return fail('unknown-version');
  const check = parts.pop() ?? '';
  if (parts.length < 3) return fail('malformed');
  if (shortHash(parts.join('.')) !== check) return fail('edited');
  if (parts[1] !== fingerprint) return fail('other-quiz');
  return { ok: true, value: parts.slice(2) };
}

/** A whole number written plainly: no sign, no leading zero, no exponent. */
function plainInt(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^(0|[1-9]\d{0,2})$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}

/** Reads a share link back; the band must be the one the overall score falls in. */
export function decodeResult(
  quiz: QuizDefinition,
  fingerprint: string,
  raw: unknown,
): Decoded<SharedResult> {
  const opened = unseal(raw, 'r', fingerprint);
  if (!opened.ok) return opened;
  const [bandId, overallText, scoresText, ...rest] = opened.value;
  if (rest.length || bandId === undefined || scoresText === undefined) return fail('malformed');
  const overall = plainInt(overallText, 100);
  const scores = scoresText.split('_').map((s) => plainInt(s, 100));
  if (overall === null || scores.some((s) => s === null)) return fail('out-of-range');
  if (scores.length !== quiz.dimensions.length) return fail('malformed');
  const band = bandFor(quiz.bands, overall);
  if (band.id !== bandId) return fail('out-of-range');
  return { ok: true, value: { overall, band, scores: scores as number[] } };
}

/** Reads a couple link back: exactly one in-range answer per question. */
export function decodeAnswers(
  quiz: QuizDefinition,
  fingerprint: string,
  raw: unknown,
): Decoded<number[]> {
  const opened = unseal(raw, 'c', fingerprint);
  if (!opened.ok) return opened;
  const [digits, ...rest] = opened.value;
  if (rest.length || digits === undefined || !/^\d+$/.test(digits)) return fail('malformed');
  const counts = optionCounts(quiz);
  if (digits.length !== counts.length) return fail('malformed');
  const answers = Array.from(digits, Number);
  if (answers.some((a, i) => a >= (counts[i] ?? 0))) return fail('out-of-range');
  return { ok: true, value: answers };
}

/**
 * Reads one `key=value` pair from a URL fragment such as `#r=…`; never throws. An over-long value is
 * returned as it is, so that decoding can tell the reader the link is too long rather than act as
 * if there were no link; only a fragment far beyond any link (a pasted page?) is cut before parsing.
 */
export function fragmentParam(hash: unknown, key: string): string | null {
  if (typeof hash !== 'string') return null;
  return new URLSearchParams(hash.slice(0, 64 * MAX_LINK_LENGTH).replace(/^#/, '')).get(key);
}

/** What a quiz page's fragment asks for: nothing, a partner's answers, or a comparison sent back. */
export type CoupleLink =
  | { kind: 'none' }
  | { kind: 'refused'; problem: LinkProblem }
  | { kind: 'invited'; partner: number[] }
  | { kind: 'returned'; partner: number[]; own: number[] };

/**
 * Reads `#c=<partner's answers>` and, on a comparison sent back, `&you=<the reader's own>`.
 * Either part being bad refuses the whole link: half a comparison would be a wrong result.
 */
export function readCoupleLink(
  quiz: QuizDefinition,
  fingerprint: string,
  hash: unknown,
): CoupleLink {
  const theirs = fragmentParam(hash, 'c');
  if (theirs === null) return { kind: 'none' };
  const partner = decodeAnswers(quiz, fingerprint, theirs);
  if (!partner.ok) return { kind: 'refused', problem: partner.problem };
  const mine = fragmentParam(hash, 'you');
  if (mine === null) return { kind: 'invited', partner: partner.value };
  const own = decodeAnswers(quiz, fingerprint, mine);
  if (!own.ok) return { kind: 'refused', problem: own.problem };
  return { kind: 'returned', partner: partner.value, own: own.value };
}
