import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { postTip, uniqueTip } from './support/post.ts';
import { startServer } from './support/submission-server.ts';

// Operator faults against the real server process: another process holding the SQLite write lock,
// the data folder removed under a running server, and a data folder that cannot be used at all.

const LOAD_ENV = {
  RATE_LIMIT_MAX: '1000000',
  RATE_LIMIT_GLOBAL_MAX: '1000000',
  TOKEN_MIN_AGE_MS: '0',
};

/** Another process takes the write lock and keeps it for `ms`; resolves once it holds it. */
function holdWriteLock(dbFile: string, ms: number) {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '-e', script, dbFile, String(ms)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const locked = new Promise<void>((resolve) =>
    child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()),
  );
  return { locked, released };
}

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1] ?? Infinity;
};

test('while another process holds the write lock for 6 s, pages stay fast and no acknowledged post is lost', async () => {
  test.setTimeout(60_000);
  const server = await startServer(LOAD_ENV);
  try {
    expect((await postTip(server.url, uniqueTip())).status).toBe(201);
    const lock = holdWriteLock(join(server.dataDir, 'submissions.sqlite'), 6_000);
    await lock.locked;
    let held = true;
    void lock.released.then(() => (held = false));

    const pageTimes: number[] = [];
    const posts: { status: number; retryAfter: string | null; ref?: string | undefined }[] = [];
    const pages = Array.from({ length: 4 }, async (_, i) => {
      const path = i % 2 ? '/advice/emotional-intimacy/' : '/';
      while (held) {
        const t0 = performance.now();
        await (await fetch(`${server.url}${path}`)).arrayBuffer();
        pageTimes.push(performance.now() - t0);
      }
    });
    const posters = Array.from({ length: 2 }, async () => {
      while (held) {
        const res = await postTip(server.url, uniqueTip());
        posts.push({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          ref: res.body.ref,
        });
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    await Promise.all([...pages, ...posters, lock.released]);
    const after = await postTip(server.url, uniqueTip());

    expect(pageTimes.length).toBeGreaterThan(50);
    expect(p95(pageTimes)).toBeLessThan(50);
    expect(posts.length).toBeGreaterThan(0);
    for (const p of posts) {
      expect([201, 503]).toContain(p.status);
      if (p.status === 503) expect(Number(p.retryAfter)).toBeGreaterThan(0);
    }
    expect(after.status).toBe(201);
    const acknowledged = [...posts.map((p) => p.ref), after.body.ref].filter(Boolean);
    const db = new DatabaseSync(join(server.dataDir, 'submissions.sqlite'), { readOnly: true });
    const stored = new Set(
      (db.prepare('SELECT ref FROM submissions').all() as { ref: string }[]).map((r) => r.ref),
    );
    db.close();
    expect(acknowledged.filter((ref) => !stored.has(ref!))).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('after the data folder is removed, a post answers 503 and stores nothing, and health says so', async () => {
  const server = await startServer(LOAD_ENV);
  try {
    expect((await postTip(server.url, uniqueTip())).status).toBe(201);
    rmSync(server.dataDir, { recursive: true, force: true });
    const lost = await postTip(server.url, uniqueTip());
    expect(lost.status).toBe(503);
    expect(lost.body.ref).toBeUndefined();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
    // Pages are still served.
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

test('the server refuses to start on a data folder it cannot use, naming the folder', () => {
  // Cases that fail even for root: a file, a folder under a file, a folder in /proc, and a folder
  // whose database "file" is a folder.
  const parent = mkdtempSync(join(tmpdir(), 'closer-unusable-'));
  const file = join(parent, 'a-file');
  writeFileSync(file, 'not a folder');
  const blocked = join(parent, 'blocked');
  mkdirSync(join(blocked, 'submissions.sqlite'), { recursive: true });
  try {
    for (const dataDir of [file, join(file, 'data'), '/proc/closer-no-data', blocked]) {
      const run = spawnSync(
        process.execPath,
        ['--disable-warning=ExperimentalWarning', 'scripts/serve.mjs'],
        {
          env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ASTRO_NODE_LOGGING: 'disabled' },
          encoding: 'utf8',
          timeout: 20_000,
        },
      );
      expect(run.status, dataDir).not.toBe(0);
      expect(run.signal, `${dataDir} should exit by itself`).toBeNull();
      expect(run.stderr, dataDir).toContain(dataDir);
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
