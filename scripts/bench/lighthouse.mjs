// Lighthouse (mobile, default simulated throttling) on the main pages of the existing build: the four
// category scores, LCP and CLS per page. Runs against Debian's Chromium, which Playwright launches
// with a debugging port that Lighthouse drives. Needs a build (`npm run build`; `npm run bench`
// builds in article.mjs, which runs first). LIGHTHOUSE_RUNS=3 takes the median run per page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launchOptions } from '../lib/chromium.mjs';
import { freePort, startServer, staticDir } from '../lib/server.mjs';

const pages = [
  { path: '/', minPerformance: 100 },
  { path: '/advice/emotional-intimacy/', minPerformance: 100, vitals: true },
  { path: '/quizzes/closeness/', minPerformance: 100 },
  { path: '/faq/', minPerformance: 100 },
  { path: '/search/?q=trust', minPerformance: 95 },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));

/** One Lighthouse run: scores out of 100, LCP in seconds, CLS. */
async function audit(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  const { lhr } = result ?? {};
  if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? 'no result');
  return {
    failing: failingAudits(lhr),
    scores: categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
    lcp: (lhr.audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

/** Audits that cost points, by category, so a score under 100 says why. */
function failingAudits(lhr) {
  return categories.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
}

const median = (results) =>
  [...results].sort((a, b) => a.scores[0] - b.scores[0])[Math.floor(results.length / 2)];

function rows({ path, minPerformance, vitals }, r) {
  const group = `lighthouse ${path}`;
  // The search page is noindex on purpose, so its SEO score is not a target.
  const scoreTarget = minPerformance === 100 ? '100/100/100/100' : `≥ ${minPerformance}/100/100/–`;
  return [
    {
      group,
      metric: 'performance/accessibility/best practices/SEO',
      value: r.scores.join('/'),
      unit: '',
      target: scoreTarget,
    },
    {
      group,
      metric: 'LCP (simulated mobile)',
      value: r.lcp.toFixed(2),
      unit: 's',
      target: vitals ? '≤ 1.5' : '',
    },
    { group, metric: 'CLS', value: r.cls.toFixed(3), unit: '', target: vitals ? '≤ 0.02' : '' },
  ];
}

export default async function lighthouseScores() {
  if (!existsSync(join(await staticDir(), 'index.html'))) {
    throw new Error('no build: run `npm run build` first');
  }
  const server = await startServer();
  const debugPort = await freePort();
  const options = launchOptions();
  const browser = await chromium.launch({
    ...options,
    args: [...options.args, `--remote-debugging-port=${debugPort}`],
  });
  try {
    const out = [];
    for (const page of pages) {
      const results = [];
      for (let i = 0; i < runs; i++)
        results.push(await audit(server.origin + page.path, debugPort));
      const chosen = median(results);
      if (chosen.failing.length)
        console.error(`lighthouse ${page.path}: ${chosen.failing.join(', ')}`);
      out.push(...rows(page, chosen));
    }
    return out;
  } finally {
    await browser.close();
    server.stop();
  }
}
