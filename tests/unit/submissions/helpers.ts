import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { SubmissionStore } from '../../../src/server/submissions/store';
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
