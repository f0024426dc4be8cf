import type { SubmissionConfig } from './config.ts';
import { countLinks, duplicateKey } from './clean-text.ts';
import { messages } from './messages.ts';
import type { NonceRegistry } from './nonce-registry.ts';
import { refused, type Outcome } from './outcome.ts';
import { referenceCode } from './reference-code.ts';
import { fieldErrors, questionInputSchema, tipInputSchema } from './schema.ts';
import type { GroupCommit } from './group-commit.ts';
import type { NewSubmission, SubmissionKind, SubmissionStore } from './store.ts';
import { verifyToken } from './token.ts';

/** Name of the honeypot field: hidden from people, irresistible to form-filling bots. */
export const HONEYPOT_FIELD = 'website';
/** Name of the field carrying the time-trap token. */
export const TOKEN_FIELD = 'token';

export interface ServiceDeps {
  store: SubmissionStore;
  /** Batches inserts into shared transactions (the server uses one; tests may write directly). */
  commits?: GroupCommit;
  config: SubmissionConfig;
  nonces: NonceRegistry;
  now: () => number;
  /** Whether an article with this slug is published (the route asks the content layer). */
  articleExists: (slug: string) => boolean | Promise<boolean>;
}

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

/**
 * Runs the content checks on one post (honeypot, time trap, schema, article, duplicate, link hold)
 * and stores it. Transport checks (size, origin, rate) happen before, in http.ts.
 */
export async function submit(
  kind: SubmissionKind,
  fields: Record<string, unknown>,
  deps: ServiceDeps,
): Promise<Outcome> {
  const { [HONEYPOT_FIELD]: honeypot, [TOKEN_FIELD]: token, ...rest } = fields;
  if (honeypot !== undefined && honeypot !== '') return refused(400, messages.notVerified);

  const now = deps.now();
  // Fields first: a reader who presses "send" on a half-filled form at once learns what to fix
  // rather than "too quick"; a bot learns only what the form already shows.
  const record = toRecord(kind, rest, now);
  if ('status' in record) return record;

  const verdict = verifyToken(deps.config.secret, token, now, {
    minAgeMs: deps.config.tokenMinAgeMs,
    maxAgeMs: deps.config.tokenMaxAgeMs,
  });
  if (!verdict.ok) {
    if (verdict.reason === 'too-young') return refused(400, messages.tooFast);
    if (verdict.reason === 'expired') return refused(400, messages.expired);
    return refused(400, messages.notVerified);
  }
  if (deps.nonces.has(verdict.nonce, now)) return refused(400, messages.expired);
  if (!(await deps.articleExists(record.article))) {
    return refused(422, messages.invalid, { article: 'is not a known article' });
  }
  const links = countLinks(record.body, record.context ?? undefined);
  if (links > deps.config.linkHoldThreshold) record.holdReason = `${links} links`;

  let stored: boolean;
  try {
    stored = deps.commits ? await deps.commits.insert(record) : deps.store.insert(record);
  } catch (error) {
    console.error('[submissions] insert failed:', error);
    return refused(503, messages.unavailable);
  }
  if (!stored) return refused(409, messages.duplicate);
  deps.nonces.add(verdict.nonce, now);
  return { status: 201, message: messages.received, ref: record.ref };
}
