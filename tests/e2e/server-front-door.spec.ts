import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { rawRequest } from './support/raw-http.ts';
import { startServer, type TestServer } from './support/submission-server.ts';

// The production server's front door (scripts/serve.mjs), run as a real process: odd methods
// cannot stop it, every answer can be traced in the log, and a supervisor can ask it how it is.

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(() => server.stop());

const alive = () => server.process.exitCode === null && server.process.signalCode === null;

test('TRACE and other unsupported methods answer 405 with Allow, and the server keeps serving', async () => {
  for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
    for (const path of ['/', '/advice/emotional-intimacy/', '/api/submissions/tip/', '/nope']) {
      const res = await rawRequest(server.url, { method, path });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers['allow'], `${method} ${path}`).toBe('GET, HEAD, POST, OPTIONS');
    }
  }
  expect(alive()).toBe(true);
  expect((await fetch(`${server.url}/`)).status).toBe(200);
});

test('OPTIONS answers 204 with Allow; a post to a page (not a submission route) is refused', async () => {
  const options = await rawRequest(server.url, { method: 'OPTIONS', path: '/' });
  expect(options.status).toBe(204);
  expect(options.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
  const post = await rawRequest(server.url, { method: 'POST', path: '/about/', body: 'x=1' });
  expect(post.status).toBe(405);
  expect(post.headers['allow']).toBe('GET, HEAD, OPTIONS');
});

test('a submission route names the methods it takes: GET on a post route and POST on the token route get 405', async () => {
  for (const [method, path, allow] of [
    ['GET', '/api/submissions/tip/', 'POST'],
    ['GET', '/api/submissions/question/', 'POST'],
    ['POST', '/api/submissions/token/', 'GET, HEAD'],
  ] as const) {
    const res = await rawRequest(server.url, {
      method,
      path,
      body: method === 'POST' ? 'x=1' : '',
    });
    expect(res.status, `${method} ${path}`).toBe(405);
    expect(res.headers['allow'], `${method} ${path}`).toBe(allow);
  }
  expect((await fetch(`${server.url}/api/submissions/token/`)).status).toBe(200);
});

test('every answer carries a request id, and a 5xx names it in the log', async () => {
  const page = await fetch(`${server.url}/`);
  const missing = await fetch(`${server.url}/no-such-page/`);
  expect(page.headers.get('x-request-id')).toMatch(/^[0-9a-z]{8,}$/);
  expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-z]{8,}$/);
  expect(page.headers.get('x-request-id')).not.toBe(missing.headers.get('x-request-id'));
  // A client cannot choose the id that lands in our log.
  const chosen = await fetch(`${server.url}/`, { headers: { 'x-request-id': 'forged' } });
  expect(chosen.headers.get('x-request-id')).not.toBe('forged');
});

test('GET /healthz reports a working database; HEAD says the same without a body', async () => {
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(await res.json()).toMatchObject({ ok: true });
  const head = await rawRequest(server.url, { method: 'HEAD', path: '/healthz' });
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
});

test('the first line the server prints names the Node version it runs on', () => {
  const first = server.output().split('\n')[0] ?? '';
  expect(first).toContain(`Node ${process.version}`);
});

// The process-level guards, tried on a real process: a preload module (no test hook in the server
// itself) plants an error on a signal, as a bug deep in a dependency would throw one.
function planted(): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'closer-plant-')), 'plant.mjs');
  writeFileSync(
    file,
    [
      "process.on('SIGUSR2', () => setImmediate(() => { throw new Error('planted exception'); }));",
      "process.on('SIGHUP', () => { void Promise.reject(new Error('planted rejection')); });",
    ].join('\n'),
  );
  return { NODE_OPTIONS: `--import=${pathToFileURL(file).href}` };
}

test('an unhandled rejection is logged and the server keeps serving', async () => {
  const own = await startServer(planted());
  try {
    own.process.kill('SIGHUP');
    await expect.poll(() => own.output()).toContain('planted rejection');
    expect(own.output()).toContain('the server keeps running');
    expect((await fetch(`${own.url}/`)).status).toBe(200);
  } finally {
    await own.stop();
  }
});

test('an uncaught exception is logged and the process exits non-zero, for a supervisor to restart', async () => {
  const own = await startServer(planted());
  const exited = new Promise<number | null>((done) =>
    own.process.once('exit', (code) => done(code)),
  );
  own.process.kill('SIGUSR2');
  expect(await exited).not.toBe(0);
  expect(own.output()).toContain('planted exception');
  // Our guard said why it stops (and let open requests finish), rather than Node's bare crash.
  expect(own.output()).toContain('exiting so that a supervisor restarts the server');
});
