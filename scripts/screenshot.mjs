// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [dark]
// A helper for looking at pages while developing; not part of the tests.
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme,
});
await page.goto(url);
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
