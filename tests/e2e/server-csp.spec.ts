import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { issueToken } from '../../src/server/submissions/token.ts';
import { startServer, TEST_SECRET, type TestServer } from './support/submission-server.ts';

// Every HTML answer of the production server, static or on demand, carries a Content Security
// Policy: the 404 page its own (with the hashes of its inline code), the no-JS outcome pages a
// strict one of their own.

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_MAX: '1000' });
});
test.afterAll(() => server.stop());

const client = join('dist', 'client');
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
const pagePaths = htmlFiles(client).map(
  (f) =>
    `/${relative(client, f)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/')}`,
);
const headersJson = JSON.parse(readFileSync(join('dist', '_headers.json'), 'utf8')) as {
  pathname: string;
  headers: { key: string; value: string }[];
}[];
const cspOf404 = headersJson
  .find((e) => e.pathname === '/404')
  ?.headers.find((h) => h.key.toLowerCase() === 'content-security-policy')?.value;

const formPost = (kind: string, fields: Record<string, string>) =>
  fetch(`${server.url}/api/submissions/${kind}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
      origin: server.url,
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

test('an unknown address gets the 404 page with the 404 page’s own CSP, and it loads without a violation', async ({
  page,
}) => {
  expect(cspOf404).toContain("frame-ancestors 'none'");
  const res = await fetch(`${server.url}/no-such-page/`);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-security-policy')).toBe(cspOf404);
  // The same page asked for by its file name.
  const file = await fetch(`${server.url}/404.html`);
  expect(file.headers.get('content-security-policy')).toBe(cspOf404);

  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  const response = await page.goto(`${server.url}/still/no-such-page/`);
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('the no-JS check-and-send page and the refusal page carry a strict CSP', async () => {
  const fields = {
    article: 'emotional-intimacy',
    kind: 'text',
    text: 'Put the phones in a drawer for the first ten minutes after work.',
    consent: 'on',
  };
  const confirm = await formPost('tip', fields);
  const refused = await formPost('tip', { ...fields, text: 'short' });
  for (const res of [confirm, refused]) {
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  }
  expect(confirm.status).toBe(200);
  expect(refused.status).toBe(422);
});

test('every HTML answer of the server carries a CSP header', async () => {
  // Issued this instant: the time trap refuses it, with a page.
  const token = issueToken(TEST_SECRET, Date.now());
  const onDemand = [
    '/thanks/?ref=T-7K3M-9Q2P',
    '/thanks/',
    '/no-such-page/',
    '/advice/no-such-article/',
  ];
  const answers = await Promise.all(
    [...pagePaths, ...onDemand].map(async (path) => {
      const res = await fetch(`${server.url}${path}`);
      return {
        path,
        type: res.headers.get('content-type'),
        csp: res.headers.get('content-security-policy'),
      };
    }),
  );
  const posted = await formPost('question', {
    article: 'emotional-intimacy',
    question: 'How do we start talking again?',
    consent: 'on',
    token,
  });
  answers.push({
    path: 'POST question (no JS, too quick)',
    type: posted.headers.get('content-type'),
    csp: posted.headers.get('content-security-policy'),
  });
  expect(pagePaths.length).toBeGreaterThan(20);
  const html = answers.filter((a) => a.type?.includes('text/html'));
  expect(html.length).toBe(answers.length);
  expect(html.filter((a) => !a.csp?.includes("frame-ancestors 'none'")).map((a) => a.path)).toEqual(
    [],
  );
});
