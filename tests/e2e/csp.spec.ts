import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from './support/submission-server.ts';

// Every page in the sitemap, served by the production server with its CSP header, must load
// without a single Content Security Policy violation (islands hydrated, page scrolled through).

const client = join('dist', 'client');
const paths = readdirSync(client)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) => [...readFileSync(join(client, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
  .map((m) => new URL(m[1] ?? '').pathname);

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(() => server.stop());

test('the sitemap lists pages to check', () => {
  expect(paths.length).toBeGreaterThan(5);
});

for (const path of paths) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // Scroll through so that every client:visible island hydrates and every lazy part loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}
