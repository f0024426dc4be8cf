import { expect, test } from '@playwright/test';

test('robots.txt points crawlers at the sitemap', async ({ request }) => {
  const body = await (await request.get('/robots.txt')).text();
  expect(body).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m);
});

test('the RSS feed lists every article with an absolute link', async ({ request }) => {
  const feed = await (await request.get('/rss.xml')).text();
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThanOrEqual(7);
  expect(links).toContainEqual(
    expect.stringMatching(/^https?:\/\/[^/]+\/advice\/emotional-intimacy\/$/),
  );
});

test('an unknown URL gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/advice/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'all our advice' })).toBeVisible();
});
