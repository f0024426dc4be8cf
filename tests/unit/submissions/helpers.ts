import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { readConfig } from '../../../src/server/submissions/config';
import { openDatabase } from '../../../src/server/submissions/database';
import type { HttpDeps } from '../../../src/server/submissions/http';
import { NonceRegistry } from '../../../src/server/submissions/nonce-registry';
import { RateLimiter } from '../../../src/server/submissions/rate-limit';
import { SubmissionStore, type NewSubmission } from '../../../src/server/submissions/store';
import { issueToken } from '../../../src/server/submissions/token';
import { writeBatch, type WriteItem } from '../../../src/server/submissions/write-batch';
import type { WriteOutcome } from '../../../src/server/submissions/writer';

/** A fresh temporary folder per test, removed afterwards. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'closer-sub-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The writer thread's batch logic run in this thread, one post at a time: the service tests check
 * the service, not the thread (writer.test.ts does that).
 */
export function directWriter(store: SubmissionStore) {
  return {
    write: (item: WriteItem): Promise<WriteOutcome> =>
      Promise.resolve(writeBatch(store, [item])[0] ?? 'failed'),
  };
}

/** A stored-form tip numbered `n` (its duplicate key is `n` too, unless overridden). */
export function sampleRecord(n: number, overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    ref: `T-0000-${String(n).padStart(4, '0')}`,
    kind: 'tip',
    article: 'emotional-intimacy',
    body: `tip ${n}`,
    videoUrl: null,
    context: null,
    name: null,
    email: null,
    holdReason: null,
    createdAt: '2026-11-25T10:00:00.000Z',
    duplicateKey: String(n),
    ...overrides,
  };
}

export const SITE = 'https://closer.example';
export const NOW = 1_800_000_000_000;
export const SECRET = 's3cret';

/**
 * The HTTP layer's dependencies over a fresh database, configured from `env`, at a fixed time,
 * with one known article; and a token old enough to pass the time trap.
 */
export function serviceSetup(
  env: Record<string, string> = {},
  articleExists: HttpDeps['articleExists'] = (slug) => slug === 'emotional-intimacy',
) {
  const config = readConfig(env);
  const store = new SubmissionStore(openDatabase(tempDir()));
  const deps: HttpDeps = {
    writer: directWriter(store),
    config,
    secret: SECRET,
    nonces: new NonceRegistry(config.tokenMaxAgeMs),
    limiter: new RateLimiter(config.rateLimitMax, config.rateLimitWindowMs),
    ceiling: new RateLimiter(config.globalMaxPerMinute, 60_000),
    siteOrigin: SITE,
    now: () => NOW,
    articleExists,
  };
  return { deps, store, token: issueToken(SECRET, NOW - 10_000) };
}
