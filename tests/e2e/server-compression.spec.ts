import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { rawRequest, type RawAnswer } from './support/raw-http.ts';
import { startServer, type TestServer } from './support/submission-server.ts';

// `npm run serve` sends the files compressed at build time (src/integrations/compress.ts) to
// readers who accept them, HEAD answers match GET answers, and Pagefind's hashed files are cached
// for good while its entry files are not.

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(() => server.stop());

const client = join('dist', 'client');
const asset = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(client, dir)).find(
    (f) => pattern.test(f) && statSync(join(client, dir, f)).size > 4096,
  );
  if (!name) throw new Error(`no ${pattern} in ${dir}`);
  return `/${dir}/${name}`;
};
const ARTICLE = '/advice/emotional-intimacy/';
const JS = asset('_astro', /\.js$/);
const FRAGMENT = asset('pagefind/fragment', /\.pf_fragment$/);

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(`${server.url}${path}`, { method, headers });

function decoded(res: RawAnswer): Buffer {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body);
  if (encoding === 'gzip') return gunzipSync(res.body);
  return res.body;
}

for (const path of [ARTICLE, JS, '/pagefind/pagefind.js']) {
  test(`${path}: brotli when asked, gzip when only gzip is accepted, plain otherwise`, async () => {
    const plain = await get(path);
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await get(path, { 'accept-encoding': 'gzip;q=1, br;q=0' });
    const identity = await get(path, { 'accept-encoding': 'identity' });

    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const res of [plain, br, gzip, identity]) {
      expect(res.status).toBe(200);
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['content-type']).toBe(plain.headers['content-type']);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decoded(res).equals(plain.body)).toBe(true);
    }
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
  });
}

test('the reference article is at most 16 KB on the wire with brotli (51 KB plain)', async () => {
  const br = await get(ARTICLE, { 'accept-encoding': 'br' });
  expect(br.body.length).toBeLessThan(16_000);
});

test('a Range request is answered from the plain file, never a compressed one', async () => {
  const res = await get(ARTICLE, { 'accept-encoding': 'br, gzip', range: 'bytes=0-99' });
  expect(res.status).toBe(206);
  expect(res.headers['content-encoding']).toBeUndefined();
  expect(res.body.length).toBe(100);
});

test('tiny files are not compressed', async () => {
  expect(statSync(join(client, 'favicon.svg')).size).toBeLessThan(1024);
  expect(existsSync(join(client, 'favicon.svg.br'))).toBe(false);
  const res = await get('/favicon.svg', { 'accept-encoding': 'br, gzip' });
  expect(res.status).toBe(200);
  expect(res.headers['content-encoding']).toBeUndefined();
});

const VOLATILE = new Set(['date', 'connection', 'keep-alive', 'x-request-id', 'transfer-encoding']);
const stable = (res: RawAnswer) =>
  Object.fromEntries(Object.entries(res.headers).filter(([k]) => !VOLATILE.has(k)));

for (const path of [
  ARTICLE,
  JS,
  FRAGMENT,
  '/pagefind/pagefind.js',
  '/no-such-page/',
  '/api/submissions/token/',
]) {
  test(`HEAD ${path} carries the same headers as GET`, async () => {
    for (const headers of [{}, { 'accept-encoding': 'br, gzip' }]) {
      const full = await get(path, headers);
      const head = await get(path, headers, 'HEAD');
      expect(head.status).toBe(full.status);
      expect(head.body.length).toBe(0);
      const { ['content-length']: fullLength, ...fullRest } = stable(full);
      const { ['content-length']: headLength, ...headRest } = stable(head);
      // A token is issued per request: only its length may be the same, not its bytes.
      if (!path.includes('token')) expect(headLength).toBe(fullLength);
      expect(headRest).toEqual(fullRest);
    }
  });
}

test('Pagefind’s hashed index and fragment files are immutable; its entry files are not', async () => {
  const immutable = 'public, max-age=31536000, immutable';
  for (const path of [FRAGMENT, asset('pagefind/index', /\.pf_index$/), JS]) {
    for (const method of ['GET', 'HEAD']) {
      expect((await get(path, {}, method)).headers['cache-control'], `${method} ${path}`).toBe(
        immutable,
      );
    }
  }
  const meta = readdirSync(join(client, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
  expect((await get(`/pagefind/${meta}`)).headers['cache-control']).toBe(immutable);
  for (const path of [
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.js',
    '/pagefind/wasm.en.pagefind',
  ]) {
    expect((await get(path)).headers['cache-control'], path).not.toContain('immutable');
  }
});
