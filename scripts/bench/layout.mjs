// The phone's first screen (390×844) and what each page weighs, on the existing build: where the
// header ends, where the reading starts, how long the page is, and the bytes of HTML, CSS, JS and
// images a reader downloads on load. Needs a build (`npm run build`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../lib/chromium.mjs';
import { startServer, staticDir } from '../lib/server.mjs';

const phone = { width: 390, height: 844 };
const pages = [
  { path: '/advice/emotional-intimacy/', article: true },
  { path: '/advice/rebuilding-trust/', article: true },
  { path: '/advice/recognising-controlling-behaviour/', article: true },
  { path: '/' },
  { path: '/quizzes/closeness/' },
];

/** The header's height, and the top of the first paragraph of the text and of the key points. */
function firstScreen() {
  const top = (selector) => {
    const el = document.querySelector(selector);
    return el ? Math.round(el.getBoundingClientRect().top + scrollY) : NaN;
  };
  const header = document.querySelector('.site-header');
  return {
    header: header ? Math.round(header.getBoundingClientRect().height) : NaN,
    h1: top('h1'),
    paragraph: top(document.querySelector('.body') ? '.body > p' : 'main h1 ~ p'),
    keyPoints: top('.summary li'),
    height: document.documentElement.scrollHeight,
  };
}

/** Bytes transferred per kind of resource on load, before any interaction (compressed sizes as served). */
async function weights(page, origin, path) {
  const bytes = { css: 0, js: 0, images: 0, requests: 0 };
  page.on('response', async (r) => {
    bytes.requests += 1;
    const type = r.request().resourceType();
    const size =
      (
        await r
          .request()
          .sizes()
          .catch(() => undefined)
      )?.responseBodySize ?? 0;
    if (type === 'stylesheet') bytes.css += size;
    else if (type === 'script') bytes.js += size;
    else if (type === 'image') bytes.images += size;
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  return bytes;
}

async function measure(browser, origin, { path, article }) {
  const context = await browser.newContext({
    viewport: phone,
    extraHTTPHeaders: { 'Accept-Encoding': 'gzip' },
  });
  const page = await context.newPage();
  const bytes = await weights(page, origin, path);
  const screen = await page.evaluate(firstScreen);
  await context.close();
  const html = gzipSync(
    await import('node:fs/promises').then(async (fs) =>
      fs.readFile(join(await staticDir(), path, 'index.html')),
    ),
    { level: 9 },
  ).length;
  const group = `phone ${path}`;
  const row = (metric, value, unit = 'px', target = '') => ({ group, metric, value, unit, target });
  return [
    row('header height', screen.header, 'px', '≤ 64'),
    row('first paragraph (top, y)', screen.paragraph, 'px', article ? '< 844 (or key points)' : ''),
    ...(article ? [row('first key point (top, y)', screen.keyPoints, 'px', '< 844')] : []),
    row('page height', screen.height),
    row('HTML (gzip -9)', html, 'B', article ? '≤ 14336' : ''),
    row('CSS files on load (gzip)', bytes.css, 'B'),
    row('JS on load (gzip)', bytes.js, 'B'),
    row('images on load', bytes.images, 'B'),
    row('requests on load', bytes.requests, ''),
  ];
}

export default async function layout() {
  if (!existsSync(join(await staticDir(), 'index.html'))) {
    throw new Error('no build: run `npm run build` first');
  }
  const server = await startServer();
  const browser = await chromium.launch(launchOptions());
  try {
    const rows = [];
    for (const p of pages) rows.push(...(await measure(browser, server.origin, p)));
    return rows;
  } finally {
    await browser.close();
    server.stop();
  }
}
