// Benchmark of the closeness quiz page: the JavaScript it loads (brotli) and the time from a click
// on "Next" to the next question being on screen. Reads the built site in dist/ (run `npm run build`).
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer, staticDir } from '../lib/server.mjs';
import { launchOptions } from '../lib/chromium.mjs';

const page = '/quizzes/closeness/';
const FRAME_MS = 1000 / 60;

const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * JS files reached from the page's island and script URLs through static imports; dynamic
 * imports are followed only in files whose path matches `lazyIn` (the quiz's own results chunk,
 * not, say, the search dialog that loads when a reader opens search).
 */
async function scriptFiles(dist, html, lazyIn) {
  const seeds = [
    ...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const queue = [...seeds];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await readFile(join(dist, url), 'utf8');
    const pattern = lazyIn?.test(url)
      ? /(?:from|import\(?)\s*["'`](\.\/[^"'`]+\.js)["'`]/g
      : /(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g;
    for (const m of code.matchAll(pattern)) queue.push(new URL(m[1], `http://x${url}`).pathname);
  }
  return [...seen];
}

/** Brotli bytes of the page's inline scripts plus each JS file (compressed one by one, as served). */
async function jsBytes(lazyIn) {
  const dist = await staticDir();
  const html = await readFile(join(dist, page, 'index.html'), 'utf8');
  const inline = [
    ...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('\n');
  let total = brotli(Buffer.from(inline));
  for (const url of await scriptFiles(dist, html, lazyIn)) {
    total += brotli(await readFile(join(dist, url)));
  }
  return total;
}

/** Median time from a click on Next until the next question's legend is rendered, then painted. */
async function clickToNext() {
  // Its own port, so that it can run beside the other benchmarks' server.
  const server = await startServer();
  const browser = await chromium.launch(launchOptions());
  try {
    const tab = await browser.newPage();
    await tab.goto(server.origin + page);
    await tab.getByRole('button', { name: 'Start the quiz' }).click();
    const dom = [];
    const frame = [];
    for (let i = 0; i < 12; i++) {
      await tab.locator('.quiz-question input').first().check();
      const [toDom, toFrame] = await tab.evaluate(
        () =>
          new Promise((resolve) => {
            const form = document.querySelector('.quiz-form');
            const legend = () => form.querySelector('legend')?.textContent;
            const before = legend();
            const next = [...form.querySelectorAll('button')].find(
              (b) => b.textContent.trim() === 'Next',
            );
            let t0 = 0;
            const observer = new MutationObserver(() => {
              if (legend() === before) return;
              observer.disconnect();
              const domMs = performance.now() - t0;
              requestAnimationFrame(() => resolve([domMs, performance.now() - t0]));
            });
            observer.observe(form, { subtree: true, childList: true, characterData: true });
            t0 = performance.now();
            next.click();
          }),
      );
      dom.push(toDom);
      frame.push(toFrame);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { dom: median(dom), frame: median(frame) };
  } finally {
    await browser.close();
    server.stop();
  }
}

export default async function () {
  const bytes = await jsBytes();
  const withResults = await jsBytes(/QuizIsland/);
  const timing = await clickToNext();
  return [
    {
      group: 'quiz',
      metric: 'JS of /quizzes/closeness/ on load (brotli)',
      value: bytes,
      unit: 'B',
      target: '<= 15360',
    },
    {
      group: 'quiz',
      metric: 'JS once the results view has loaded (brotli)',
      value: withResults,
      unit: 'B',
      target: '(loaded when the reader starts)',
    },
    {
      group: 'quiz',
      metric: 'click Next -> next question in DOM (median)',
      value: Number(timing.dom.toFixed(2)),
      unit: 'ms',
      target: `< ${FRAME_MS.toFixed(1)}`,
    },
    {
      group: 'quiz',
      metric: 'click Next -> next frame (median)',
      value: Number(timing.frame.toFixed(2)),
      unit: 'ms',
      target: `< ${FRAME_MS.toFixed(1)} (one frame)`,
    },
  ];
}
