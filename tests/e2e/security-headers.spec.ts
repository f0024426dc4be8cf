import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from './support/submission-server.ts';

// The production server's headers on a static page, a hashed asset, an on-demand route and a
// refused post; HSTS only when the reader's connection is HTTPS (via a trusted proxy here).

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: 'loopback' });
});
test.afterAll(() => server.stop());

const common = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

test('a static page carries its CSP and the security headers, without HSTS over plain HTTP', async () => {
  const res = await fetch(`${server.url}/advice/emotional-intimacy/`);
  const h = Object.fromEntries(res.headers);
  expect(h).toMatchObject(common);
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['content-security-policy']).toMatch(/script-src 'self'[^;]* 'sha256-/);
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).not.toContain('unsafe-inline');
  expect(h['strict-transport-security']).toBeUndefined();
});

test('HSTS is sent when a trusted proxy says the reader used HTTPS, and only then', async () => {
  const viaProxy = await fetch(`${server.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
  expect(viaProxy.headers.get('strict-transport-security')).toBe(
    'max-age=31536000; includeSubDomains',
  );
  const untrusted = await startServer();
  try {
    const direct = await fetch(`${untrusted.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(direct.headers.get('strict-transport-security')).toBeNull();
  } finally {
    await untrusted.stop();
  }
});

test('hashed assets are cached for a year; API answers are never cached', async () => {
  const asset = readdirSync(join('dist', 'client', '_astro')).find((f) => f.endsWith('.js'));
  expect(asset).toBeDefined();
  const res = await fetch(`${server.url}/_astro/${asset}`);
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');

  const token = await fetch(`${server.url}/api/submissions/token/`);
  expect(token.headers.get('cache-control')).toBe('no-store');
  expect(Object.fromEntries(token.headers)).toMatchObject(common);

  const refused = await fetch(`${server.url}/api/submissions/tip/`, { method: 'POST', body: '{}' });
  expect(refused.headers.get('cache-control')).toBe('no-store');
  expect(Object.fromEntries(refused.headers)).toMatchObject(common);
});
