import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { rawRequest } from './support/raw-http.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { startServer, type TestServer } from './support/submission-server.ts';

// Open Graph cards are drawn by the production server on first request and kept in
// DATA_DIR/og-cards: every card a page names must answer, and no request may hurt the server.

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(() => server.stop());

const alive = () => server.process.exitCode === null && server.process.signalCode === null;
const keptCards = (dataDir: string) =>
  readdirSync(join(dataDir, 'og-cards'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.png'),
  );

/** The image a page names in its og:image tag, as a path on this server. */
async function ogImageOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const tag = /<meta property="og:image" content="([^"]+)"/.exec(html);
  expect(tag, url).not.toBeNull();
  return new URL(tag?.[1] ?? '').pathname;
}

test('every card a page names is a 1200×630 PNG, each drawn once and kept', async ({ request }) => {
  const pages = await sitemapPaths(request);
  pages.push('/quizzes/closeness/result/mostly-close/');
  const images = new Set<string>();
  for (const page of pages) images.add(await ogImageOf(`${server.url}${page}`));
  expect(images.size).toBeGreaterThan(20);
  for (const image of images) {
    const res = await fetch(`${server.url}${image}`);
    expect(res.status, image).toBe(200);
    expect(res.headers.get('content-type'), image).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
  expect(keptCards(server.dataDir)).toHaveLength(images.size);
});

test('HEAD answers with the length and no body; unknown cards are 404; a post is refused', async () => {
  const head = await rawRequest(server.url, { method: 'HEAD', path: '/og/default.png' });
  expect(head.status).toBe(200);
  expect(Number(head.headers['content-length'])).toBeGreaterThan(10_000);
  expect(head.body.length).toBe(0);
  for (const path of [
    '/og/advice/no-such-article.png',
    '/og/advice/..%2F..%2Fpackage.json.png',
    '/og/quizzes/closeness/no-such-band.png',
    '/og/quizzes/no-such-quiz.png',
  ]) {
    expect((await rawRequest(server.url, { method: 'GET', path })).status, path).toBe(404);
  }
  const post = await rawRequest(server.url, { method: 'POST', path: '/og/default.png', body: 'x' });
  expect(post.status).toBe(405);
  expect(alive()).toBe(true);
});

test('a burst of requests for one new card draws it once, and every request gets it', async () => {
  const path = '/og/quizzes/closeness/far-apart.png';
  const before = keptCards(server.dataDir).length;
  const answers = await Promise.all(
    Array.from({ length: 40 }, () => fetch(`${server.url}${path}`)),
  );
  const sizes = await Promise.all(answers.map(async (r) => (await r.arrayBuffer()).byteLength));
  expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
  expect(new Set(sizes).size).toBe(1);
  expect(keptCards(server.dataDir).length).toBeLessThanOrEqual(before + 1);
  expect(alive()).toBe(true);
});

test('with nowhere to keep cards (og-cards is a file), cards are still served and the log says why', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'closer-e2e-og-'));
  writeFileSync(join(dataDir, 'og-cards'), 'not a folder');
  const broken = await startServer({}, dataDir);
  try {
    for (const path of [
      '/og/default.png',
      '/og/default.png',
      '/og/advice/emotional-intimacy.png',
    ]) {
      const res = await fetch(`${broken.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
    expect(broken.output()).toMatch(/Open Graph cards: cannot write .*og-cards/);
    expect(broken.output().match(/Open Graph cards: cannot/g)).toHaveLength(1);
    expect((await fetch(`${broken.url}/`)).status).toBe(200);
  } finally {
    await broken.stop();
  }
});

test('a restarted server keeps the cards pages name and removes the ones no page names', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'closer-e2e-og-sweep-'));
  const named = [
    '/og/default.png',
    '/og/advice/emotional-intimacy.png',
    '/og/quizzes/closeness/mostly-close.png',
  ];
  const first = await startServer({}, dataDir);
  try {
    for (const path of named) expect((await fetch(`${first.url}${path}`)).status, path).toBe(200);
  } finally {
    await first.stop();
  }
  const drawn = keptCards(dataDir).sort();
  expect(drawn).toHaveLength(named.length);
  // As a title changed since: a card no page names now, and a half-written file of a crash.
  const folder = join(dataDir, 'og-cards', (drawn[0] ?? '').split('/')[0] ?? '');
  writeFileSync(join(folder, `${'0'.repeat(64)}.png`), 'card of an old title');
  writeFileSync(join(folder, `${'1'.repeat(64)}.png.12345.1.tmp`), 'half a card');
  const second = await startServer({}, dataDir);
  try {
    expect((await fetch(`${second.url}/og/default.png`)).status).toBe(200);
    await expect.poll(() => readdirSync(folder).length, { timeout: 10_000 }).toBe(named.length);
    expect(keptCards(dataDir).sort()).toEqual(drawn);
    await expect
      .poll(() => second.output(), { timeout: 5_000 })
      .toMatch(/Open Graph cards: removed 2 old or unfinished card files/);
  } finally {
    await second.stop();
  }
});
