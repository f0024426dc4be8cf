// Budgets of the reference article: JS bytes, HTML size, requests on load, other-origin requests, build time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer, staticDir } from '../lib/server.mjs';
import { launchOptions } from '../lib/chromium.mjs';

const path = '/advice/emotional-intimacy/';

export default async function articleBudgets() {
  const t0 = performance.now();
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  const buildSeconds = (performance.now() - t0) / 1000;

  const html = readFileSync(`${await staticDir()}${path}index.html`);
  const gzip = gzipSync(html, { level: 9 }).length;
  const brotliHtml = brotliCompressSync(html, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;

  const server = await startServer();
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    const requests = [];
    const scripts = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script')
        scripts.push(await r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    // Scroll to the end, as a reader would, so that late-hydrating islands load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (ss) =>
      ss.map((s) => s.textContent ?? '').join('\n'),
    );
    const js = Buffer.concat([...scripts, Buffer.from(inline)]);
    const brotli = js.length
      ? brotliCompressSync(js, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
      : 0;
    const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'));
    const g = 'reference article';
    return [
      {
        group: g,
        metric: 'JS shipped (brotli, inline + files)',
        value: brotli,
        unit: 'B',
        target: '0 without islands; ≤ 15360 with',
      },
      { group: g, metric: 'JS shipped (raw)', value: js.length, unit: 'B', target: '' },
      {
        group: g,
        metric: 'HTML with inline CSS (gzip -9)',
        value: gzip,
        unit: 'B',
        target: '≤ 14336',
      },
      {
        group: g,
        metric: 'HTML with inline CSS (brotli 11)',
        value: brotliHtml,
        unit: 'B',
        target: '',
      },
      {
        group: g,
        metric: 'requests on load (after scrolling)',
        value: requests.length,
        unit: '',
        target: '',
      },
      {
        group: g,
        metric: 'requests to other origins before interaction',
        value: foreign.length,
        unit: '',
        target: '0',
      },
      {
        group: 'site',
        metric: 'build time, whole site',
        value: buildSeconds.toFixed(1),
        unit: 's',
        target: '',
      },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
