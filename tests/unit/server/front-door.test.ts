import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrontDoor, refuseConnect } from '../../../src/server/http/front-door';
import type { Health } from '../../../src/server/submissions/health';

// The front door around a stand-in for the adapter, on a real HTTP server.

const dist = mkdtempSync(join(tmpdir(), 'closer-door-'));
const client = join(dist, 'client');
const page = `<!doctype html><title>Home</title>${'<p>Closer</p>'.repeat(200)}`;
mkdirSync(join(client, '_astro'), { recursive: true });
writeFileSync(join(client, 'index.html'), page);
writeFileSync(join(client, 'index.html.br'), brotliCompressSync(page));
writeFileSync(
  join(dist, '_headers.json'),
  JSON.stringify([
    { pathname: '/404', headers: [{ key: 'Content-Security-Policy', value: 'csp-of-404' }] },
    { pathname: '/', headers: [{ key: 'Content-Security-Policy', value: 'csp-of-home' }] },
  ]),
);

const logs: string[] = [];
const calls: string[] = [];
let health: Health = { ok: true, problems: [] };
let server: Server;
let port = 0;

beforeAll(async () => {
  const door = createFrontDoor({
    distDir: dist,
    clientDir: client,
    trustedProxies: [],
    health: () => health,
    log: (line) => logs.push(line),
    handler: (req, res) => {
      calls.push(`${req.method} ${req.url}`);
      if (req.url === '/boom') throw new TypeError("'TRACE' HTTP method is unsupported.");
      if (req.url === '/_astro/app.js') {
        res.setHeader('Cache-Control', 'public, max-age=0'); // what send says on HEAD
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end('x');
        return;
      }
      // For a prerendered page the adapter sets a (substring-matched) CSP; the page's own must win.
      if (req.url === '/') res.setHeader('Content-Security-Policy', 'csp-of-another-page');
      res.writeHead(req.url === '/' || req.url === '/on-demand/' ? 200 : 404, {
        'content-type': 'text/html; charset=utf-8',
      });
      res.end(req.url === '/' ? page : '<!doctype html><title>Not found</title>');
    },
  });
  server = createServer(door).on('connect', refuseConnect);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dist, { recursive: true, force: true });
});

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method, path, headers, agent: false },
        (res) => {
          let body = '';
          res.setEncoding('latin1');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('front door', () => {
  it('answers a throw in the adapter with 500 naming the request id, and logs the id', async () => {
    const res = await send('GET', '/boom');
    const id = String(res.headers['x-request-id']);
    expect(res.status).toBe(500);
    expect(res.body).toContain(`reference ${id}`);
    expect(logs.some((l) => l.includes(id) && l.includes('TRACE'))).toBe(true);
    expect((await send('GET', '/')).status).toBe(200);
  });

  it('refuses other methods with 405 and Allow, without calling the adapter', async () => {
    calls.length = 0;
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PROPFIND']) {
      const res = await send(method, '/');
      expect(res.status).toBe(405);
      expect(res.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
    }
    expect((await send('OPTIONS', '*')).status).toBe(204);
    expect((await send('POST', '/about/')).status).toBe(405);
    expect((await send('GET', '/%')).status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('reports health as 200 or 503 with the problems, never cached', async () => {
    expect((await send('GET', '/healthz')).status).toBe(200);
    health = { ok: false, problems: ['the writer thread has stopped'] };
    const sick = await send('GET', '/healthz');
    health = { ok: true, problems: [] };
    expect(sick.status).toBe(503);
    expect(JSON.parse(sick.body)).toEqual({
      ok: false,
      problems: ['the writer thread has stopped'],
    });
    expect(sick.headers['cache-control']).toBe('no-store');
  });

  it('gives a page its own CSP, the 404 page the 404 CSP, and a strict one to other HTML', async () => {
    expect((await send('GET', '/')).headers['content-security-policy']).toBe('csp-of-home');
    const missing = await send('GET', '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe('csp-of-404');
    expect((await send('GET', '/on-demand/')).headers['content-security-policy']).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('sends the brotli file when asked, with Vary, and the same headers on HEAD', async () => {
    const br = await send('GET', '/', { 'accept-encoding': 'br' });
    const head = await send('HEAD', '/', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-security-policy']).toBe('csp-of-home');
    for (const key of ['content-encoding', 'content-length', 'etag', 'cache-control', 'vary']) {
      expect(head.headers[key], key).toBe(br.headers[key]);
    }
    const again = await send('GET', '/', {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers['etag']),
    });
    expect(again.status).toBe(304);
  });

  it('marks hashed assets immutable on HEAD as on GET', async () => {
    for (const method of ['GET', 'HEAD']) {
      expect((await send(method, '/_astro/app.js')).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
    }
  });
});
