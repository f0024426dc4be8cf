import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtSitemapPaths, sitemapPaths } from './support/sitemap';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the site and leaves out noindex pages', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/advice/emotional-intimacy/');
  expect(paths).toContain('/about/');
  expect(paths).toContain('/editorial-policy/');
  for (const hidden of ['/404', '/search/', '/thanks/', '/result/']) {
    expect(paths.some((p) => p.includes(hidden))).toBe(false);
  }
});

// One test per page and scheme: a slow page on a loaded machine times out alone, a failure names
// its page, and the pages share the workers. Pages left out of the sitemap (noindex) are checked too.
test.describe.configure({ mode: 'parallel' });
const pages = [...builtSitemapPaths(), '/404.html', '/search/', '/thanks/'];

test('the pages checked below are the sitemap the server gives', async ({ request }) => {
  expect(builtSitemapPaths().length, 'build the site first (npm run build)').toBeGreaterThan(0);
  expect(builtSitemapPaths().sort()).toEqual((await sitemapPaths(request)).sort());
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe finds no WCAG 2.2 AA violation (${colorScheme})`, () => {
    test.describe.configure({ timeout: 90_000 });
    test.use({ colorScheme });
    for (const path of pages) {
      test(path, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        const failures = violations.map(
          (v) => `[${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(failures, failures.join('\n')).toEqual([]);
      });
    }
  });
}

test('pages reflow at 320 px without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of ['/', '/advice/emotional-intimacy/', '/about/', '/editorial-policy/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
