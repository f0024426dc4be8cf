import { rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../../src/server/submissions/database';
import { SubmissionStore } from '../../../src/server/submissions/store';
import type { WriteItem } from '../../../src/server/submissions/write-batch';
import { SubmissionWriter } from '../../../src/server/submissions/writer';
import { sampleRecord, tempDir } from './helpers';

// The real writer thread (a worker running writer-thread.ts) on a real database file.

const record = (n: number, key = String(n)) => sampleRecord(n, { duplicateKey: key });
const item = (n: number, nonce = `nonce-${n}`): WriteItem => ({
  record: record(n),
  nonce,
  nonceExpiresAt: Date.now() + 60_000,
});

const writers: SubmissionWriter[] = [];
async function start(dataDir: string, writeTimeoutMs = 5_000) {
  openDatabase(dataDir).close(); // the server migrates before it starts the thread
  const writer = new SubmissionWriter({ dataDir, writeTimeoutMs }, (e) => {
    throw e;
  });
  writers.push(writer);
  await writer.ready;
  return writer;
}
afterEach(async () => {
  await Promise.all(writers.splice(0).map((w) => w.close()));
});

const rows = (dir: string) => {
  const store = new SubmissionStore(openDatabase(dir));
  const n = store.count();
  store.close();
  return n;
};

describe('SubmissionWriter (writer thread)', () => {
  it('stores posts that arrive together and answers each one', async () => {
    const dir = tempDir();
    const writer = await start(dir);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => writer.write(item(i))));
    expect(results).toEqual(Array<string>(20).fill('stored'));
    expect(rows(dir)).toBe(20);
  });

  it('remembers a spent nonce across a restart of the thread', async () => {
    const dir = tempDir();
    const first = await start(dir);
    expect(await first.write(item(1, 'once'))).toBe('stored');
    await first.close();
    const second = await start(dir);
    expect(await second.write(item(2, 'once'))).toBe('replayed');
    expect(rows(dir)).toBe(1);
  });

  it('answers "busy" when another connection holds the lock past the deadline, and never blocks this thread', async () => {
    const dir = tempDir();
    const writer = await start(dir, 1_000);
    const other = new DatabaseSync(databasePath(dir));
    other.exec('BEGIN IMMEDIATE');
    // While the thread waits for the lock (1 s), this event loop keeps its timers.
    let worstLag = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstLag = Math.max(worstLag, now - last - 10);
      last = now;
    }, 10);
    const outcome = await writer.write(item(1));
    clearInterval(ticker);
    other.exec('ROLLBACK');
    other.close();
    expect(outcome).toBe('busy');
    // A loop blocked by the wait would be late by the whole second; a busy machine may add a little.
    expect(worstLag).toBeLessThan(500);
    expect(rows(dir)).toBe(0);
  });

  it('stores the post once the lock is released before its deadline', async () => {
    const dir = tempDir();
    const writer = await start(dir, 5_000);
    const other = new DatabaseSync(databasePath(dir));
    other.exec('BEGIN IMMEDIATE');
    const pending = writer.write(item(1));
    await new Promise((r) => setTimeout(r, 300));
    other.exec('COMMIT');
    other.close();
    expect(await pending).toBe('stored');
    expect(rows(dir)).toBe(1);
  });

  it('answers "gone" and stores nothing once the database file was removed', async () => {
    const dir = tempDir();
    const writer = await start(dir);
    expect(await writer.write(item(1))).toBe('stored');
    rmSync(dir, { recursive: true, force: true });
    expect(await writer.write(item(2))).toBe('gone');
  });

  it('answers "failed" when the transaction fails, and writes nothing of the batch', async () => {
    const dir = tempDir();
    const writer = await start(dir);
    const bad = { ...item(2), record: { ...record(2), kind: 'poem' } } as unknown as WriteItem;
    const results = await Promise.all([writer.write(item(1)), writer.write(bad)]);
    expect(results).toEqual(['failed', 'failed']);
    expect(rows(dir)).toBe(0);
  });
});
