// Phone and desktop screenshots, light and dark, of the main pages of the built site, for looking at
// the design (not a test). Usage: npm run screenshots [-- name ...] [-- --first-screen]
// Names filter the pages (e.g. "article faq"); --first-screen captures the viewport only.
// Writes test-results/screenshots/<name>-<phone|desktop>-<light|dark>.png (a Playwright run
// empties test-results/, so take them again after one).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';
import { startServer, staticDir } from './lib/server.mjs';

const out = 'test-results/screenshots';
const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
};

/** Answers every question of the quiz on screen, varying the choice so the result is not flat. */
async function finishQuiz(page) {
  await page.getByRole('button', { name: /^(Start the quiz|Resume where you left off)$/ }).click();
  for (let n = 0; n < 50; n++) {
    const radios = page.getByRole('radio');
    const count = await radios.count();
    await radios.nth((n * 3 + 1) % count).check();
    const next = page.getByRole('button', { name: /^(Next|See my result)$/ });
    const last = (await next.textContent())?.trim() === 'See my result';
    await next.click();
    if (last) break;
  }
  await page.getByRole('heading', { level: 2, name: /^Your result:/ }).waitFor();
}

const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/advice/emotional-intimacy/' },
  { name: 'advice', path: '/advice/' },
  { name: 'topic', path: '/topics/intimacy/' },
  { name: 'topic-few', path: '/topics/safety/' },
  { name: 'quizzes', path: '/quizzes/' },
  { name: 'quiz-start', path: '/quizzes/closeness/' },
  { name: 'quiz-result', path: '/quizzes/closeness/', then: finishQuiz },
  { name: 'faq', path: '/faq/' },
  { name: 'search', path: '/search/?q=trust' },
  { name: 'ask', path: '/ask/' },
  { name: 'tip', path: '/tip/?article=emotional-intimacy' },
  { name: '404', path: '/no-such-page/' },
  { name: 'help', path: '/help/' },
];

/** Scrolls through the page so that lazy images load, then back to the top. */
async function loadLazyImages(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Images that are not rendered (a closed disclosure, a hidden rail) never load lazily.
    const shown = [...document.images].filter((i) => !i.complete && i.getClientRects().length);
    const loaded = shown.map((i) => new Promise((r) => i.addEventListener('load', r)));
    await Promise.race([Promise.all(loaded), new Promise((r) => setTimeout(r, 3000))]);
    scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

const args = process.argv.slice(2);
const firstScreen = args.includes('--first-screen');
const names = args.filter((a) => !a.startsWith('--'));
const chosen = pages.filter((p) => names.length === 0 || names.includes(p.name));
if (chosen.length === 0) {
  console.error(
    `No page called ${names.join(', ')}. Pages: ${pages.map((p) => p.name).join(', ')}`,
  );
  process.exit(1);
}
if (!existsSync(join(await staticDir(), 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await chromium.launch(launchOptions());
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme });
      for (const { name, path, then } of chosen) {
        const page = await context.newPage();
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        if (then) await then(page);
        if (!firstScreen) await loadLazyImages(page);
        const file = join(out, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: !firstScreen });
        await page.close();
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
