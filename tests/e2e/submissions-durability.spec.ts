import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { issueToken } from '../../src/server/submissions/token.ts';
import { startServer, TEST_SECRET } from './support/submission-server.ts';

// A reader told "received" must never lose the tip: post continuously, kill -9 the server
// mid-stream, restart it on the same data folder, and look for every acknowledged reference.

const ENV = { RATE_LIMIT_MAX: '1000000', RATE_LIMIT_GLOBAL_MAX: '1000000', TOKEN_MIN_AGE_MS: '0' };

test('every acknowledged tip survives kill -9', async () => {
  test.setTimeout(60_000);
  const server = await startServer(ENV);
  const acknowledged: string[] = [];
  let sent = 0;
  let stop = false;

  async function poster(worker: number) {
    while (!stop) {
      sent += 1;
      const n = sent;
      try {
        const res = await fetch(`${server.url}/api/submissions/tip/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.url },
          body: JSON.stringify({
            article: 'emotional-intimacy',
            kind: 'text',
            text: `Durability tip number ${n} from worker ${worker}, written to be unique.`,
            consent: true,
            token: issueToken(TEST_SECRET, Date.now() - 1000),
          }),
        });
        if (res.status === 201) acknowledged.push(((await res.json()) as { ref: string }).ref);
      } catch {
        // The connection died with the server: this post was never acknowledged.
      }
    }
  }

  const workers = [1, 2, 3, 4].map(poster);
  // Kill once a good number of posts are in, while the others are still in flight.
  await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(200);
  await server.stop('SIGKILL');
  stop = true;
  await Promise.all(workers);

  // Restarting runs the migrations check and WAL recovery on the same file.
  const restarted = await startServer(ENV, server.dataDir);
  const health = await fetch(`${restarted.url}/api/submissions/token/`);
  expect(health.status).toBe(200);
  await restarted.stop();

  const db = new DatabaseSync(join(server.dataDir, 'submissions.sqlite'), { readOnly: true });
  const stored = new Set(
    (db.prepare('SELECT ref FROM submissions').all() as { ref: string }[]).map((r) => r.ref),
  );
  const integrity = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
  db.close();

  const missing = acknowledged.filter((ref) => !stored.has(ref));
  expect(integrity.integrity_check).toBe('ok');
  expect(acknowledged.length).toBeGreaterThanOrEqual(200);
  expect(missing).toEqual([]);
  // Posts cut off by the kill may or may not have been stored; none may appear twice.
  expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);
});
