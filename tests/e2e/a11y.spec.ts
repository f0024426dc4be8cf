import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';

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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any sitemap page (${colorScheme})`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    // Pages left out of the sitemap (noindex) are checked too.
    const paths = [...(await sitemapPaths(request)), '/404.html', '/search/', '/thanks/'];
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of violations) {
        failures.push(
          `${path} [${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      }
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
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
