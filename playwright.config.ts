import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.mjs';

const port = Number(process.env.PORT ?? 4321);

// Browser tests run against the built site, served as in production (`npm run serve`).
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace of every test and keeping the failures' cost 12–18 % of the browser suite's
    // time on this 2-core machine. CI retries a failed test once, with a trace; locally, run the
    // failing test again with `--trace on`.
    trace: 'on-first-retry',
    launchOptions: launchOptions(),
    // The site scrolls smoothly unless the reader asks for less motion; Playwright scrolls each
    // control into view before it clicks and waits until it stops moving, which smooth scrolling
    // turned into ~0.9 s per answer in the quiz specs and timeouts on a busy machine. Motion is
    // presentation only: the tests judge the same pages with it reduced.
    reducedMotion: 'reduce',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'npm run serve',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
