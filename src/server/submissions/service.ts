import { referenceCode } from '../../lib/reference-code.ts';
import type { SubmissionConfig } from './config.ts';
import { countLinks, duplicateKey } from './clean-text.ts';
import { failedOnOurSide, messages } from './messages.ts';
import type { NonceRegistry } from './nonce-registry.ts';
import { refused, type Outcome } from './outcome.ts';
import type { RateLimiter } from './rate-limit.ts';
import { fieldErrors, questionInputSchema, tipInputSchema } from './schema.ts';
import type { NewSubmission, SubmissionKind } from './store.ts';
import { verifyToken } from './token.ts';
import type { WriteItem } from './write-batch.ts';
import type { WriteOutcome } from './writer.ts';

/** Name of the honeypot field: hidden from people, irresistible to form-filling bots. */
export const HONEYPOT_FIELD = 'website';
/** Name of the field carrying the time-trap token. */
export const TOKEN_FIELD = 'token';

export interface ServiceDeps {
  /** Stores posts off the event loop (writer.ts); tests may pass a direct one. */
  writer: { write(item: WriteItem): Promise<WriteOutcome> };
  config: SubmissionConfig;
  /** HMAC key of the time-trap tokens (SUBMISSION_SECRET or the one kept in DATA_DIR). */
  secret: string;
  nonces: NonceRegistry;
  /** Posts stored per minute across all networks (one key); protects the disk. */
  ceiling: RateLimiter;
  now: () => number;
  /** Whether an article with this slug is published (the route asks the content layer). */
  articleExists: (slug: string) => boolean | Promise<boolean>;
}

/** Seconds a reader is asked to wait after a 503 (Retry-After). */
const RETRY_LOCKED_S = 5;
const RETRY_CEILING_S = 60;

function toRecord(
  kind: SubmissionKind,
  fields: Record<string, unknown>,
  now: number,
): Outcome | NewSubmission {
  const createdAt = new Date(now).toISOString();
  if (kind === 'tip') {
    const parsed = tipInputSchema.safeParse(fields);
    if (!parsed.success) return refused(422, messages.invalid, fieldErrors(parsed.error));
    const t = parsed.data;
    const body = t.text ?? '';
    return {
      ref: referenceCode('tip'),
      kind,
      article: t.article,
      body,
      videoUrl: t.video?.url ?? null,
      context: null,
      name: t.name ?? null,
      email: t.email ?? null,
      holdReason: null,
      createdAt,
      duplicateKey: duplicateKey(body, t.video?.url),
    };
  }
  const parsed = questionInputSchema.safeParse(fields);
  if (!parsed.success) return refused(422, messages.invalid, fieldErrors(parsed.error));
  const q = parsed.data;
  return {
    ref: referenceCode('question'),
    kind,
    article: q.article,
    body: q.question,
    videoUrl: null,
    context: q.context ?? null,
    name: q.name ?? null,
    email: q.email ?? null,
    holdReason: null,
    createdAt,
    duplicateKey: duplicateKey(q.article, q.question),
  };
}

/**
 * Checks a post's fields without storing anything: undefined when they are fine, else the refusal.
 * Used to show readers without JavaScript a "check and send" page before the time trap.
 */
export function validateOnly(
  kind: SubmissionKind,
  fields: Record<string, unknown>,
): Outcome | undefined {
  const honeypot = fields[HONEYPOT_FIELD];
  const rest = Object.fromEntries(
    Object.entries(fields).filter(([k]) => k !== TOKEN_FIELD && k !== HONEYPOT_FIELD),
  );
  if (honeypot !== undefined && honeypot !== '') return refused(400, messages.notVerified);
  const record = toRecord(kind, rest, 0);
  return 'status' in record ? record : undefined;
}

/** The token's nonce, reserved for this post; or the refusal. Synchronous on purpose (see submit). */
function claimToken(token: unknown, deps: ServiceDeps, now: number): Outcome | string {
  const verdict = verifyToken(deps.secret, token, now, {
    minAgeMs: deps.config.tokenMinAgeMs,
    maxAgeMs: deps.config.tokenMaxAgeMs,
  });
  if (!verdict.ok) {
    if (verdict.reason === 'too-young') return refused(400, messages.tooFast);
    if (verdict.reason === 'expired') return refused(400, messages.expired);
    return refused(400, messages.notVerified);
  }
  if (!deps.nonces.reserve(verdict.nonce, now)) return refused(400, messages.expired);
  return verdict.nonce;
}

/** What the reader is told about a post that reached the writer. */
function answerFor(outcome: WriteOutcome, ref: string, requestId: string): Outcome {
  switch (outcome) {
    case 'stored':
      return { status: 201, message: messages.received, ref };
    case 'duplicate':
      return refused(409, messages.duplicate);
    case 'replayed':
      return refused(400, messages.expired);
    case 'busy':
      return { status: 503, message: messages.unavailable, retryAfter: RETRY_LOCKED_S };
    case 'gone':
      return { status: 503, message: failedOnOurSide(requestId), retryAfter: RETRY_CEILING_S };
    case 'failed':
      return refused(500, failedOnOurSide(requestId));
  }
}

/** The checks after the token (article, link hold, global ceiling), then the write. */
async function store(
  record: NewSubmission,
  nonce: string,
  deps: ServiceDeps,
  requestId: string,
): Promise<Outcome> {
  if (!(await deps.articleExists(record.article))) {
    return refused(422, messages.invalid, { article: 'is not a known article' });
  }
  const links = countLinks(record.body, record.context ?? undefined);
  if (links > deps.config.linkHoldThreshold) record.holdReason = `${links} links`;
  const now = deps.now();
  if (!deps.ceiling.take('all', now)) {
    return { status: 503, message: messages.busy, retryAfter: RETRY_CEILING_S };
  }
  const nonceExpiresAt = now + deps.config.tokenMaxAgeMs;
  const outcome = await deps.writer.write({ record, nonce, nonceExpiresAt });
  // Spent before a restart: remember it here too, so the next try is refused without a write.
  if (outcome === 'replayed') deps.nonces.markUsed(nonce, now);
  if (outcome === 'gone' || outcome === 'failed' || outcome === 'busy') {
    console.error(`[submissions] request ${requestId}: ${record.ref} was not stored (${outcome})`);
  }
  return answerFor(outcome, record.ref, requestId);
}

/**
 * Runs the content checks on one post (honeypot, fields, time trap, article, link hold, global
 * ceiling) and stores it. Transport checks (size, origin, rate) happen before, in http.ts.
 * The token's nonce is reserved before the first `await`, so that posts arriving together with
 * one token cannot all get past the check; it is released again if the post is not stored.
 */
export async function submit(
  kind: SubmissionKind,
  fields: Record<string, unknown>,
  deps: ServiceDeps,
  requestId: string,
): Promise<Outcome> {
  const { [HONEYPOT_FIELD]: honeypot, [TOKEN_FIELD]: token, ...rest } = fields;
  if (honeypot !== undefined && honeypot !== '') return refused(400, messages.notVerified);

  const now = deps.now();
  // Fields first: a reader who presses "send" on a half-filled form at once learns what to fix
  // rather than "too quick"; a bot learns only what the form already shows.
  const record = toRecord(kind, rest, now);
  if ('status' in record) return record;
  const nonce = claimToken(token, deps, now);
  if (typeof nonce !== 'string') return nonce;

  let outcome: Outcome | undefined;
  try {
    outcome = await store(record, nonce, deps, requestId);
    return outcome;
  } finally {
    if (outcome?.status === 201) deps.nonces.markUsed(nonce, deps.now());
    else deps.nonces.release(nonce);
  }
}
