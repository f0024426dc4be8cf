import { expect, test } from '@playwright/test';

// An article the audit of 26 Nov 2026 updated: it names invented people and cites studies with DOIs.
const updated = '/advice/everyday-appreciation/';

test('an updated article says when in its byline, what changed under the text, and both in its JSON-LD', async ({
  page,
}) => {
  await page.goto(updated);
  await expect(page.locator('.byline')).toContainText('Updated 26 Nov 2026');
  const line = page.locator('.notes .updated');
  await expect(line).toContainText(/^Updated 26 Nov 2026: Sources checked/);
  await expect(line.locator('time')).toHaveAttribute('datetime', '2026-11-26');
  interface Node {
    '@type'?: string;
    mainEntity?: { citation?: unknown[] };
  }
  const graph = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((ss) => ss.map((s) => JSON.parse(s.textContent || '{}') as Node));
  const article = graph.find((n) => n['@type'] === 'WebPage')?.mainEntity;
  expect(article).toMatchObject({ datePublished: '2026-11-11', dateModified: '2026-11-26' });
  expect(article?.citation).toContainEqual(
    expect.objectContaining({
      '@type': 'ScholarlyArticle',
      sameAs: 'https://doi.org/10.1111/j.1475-6811.2010.01273.x',
    }),
  );
});

test('sources are cited in one style, with DOI links, and invented names are labelled', async ({
  page,
}) => {
  await page.goto(updated);
  const first = page.locator('#source-algoe-2010');
  await expect(first).toContainText(
    "Algoe, S. B., Gable, S. L., & Maisel, N. C. (2010). It's the little things: Everyday gratitude as a booster shot for romantic relationships. Personal Relationships, 17(2), 217–233.",
  );
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    'https://doi.org/10.1111/j.1475-6811.2010.01273.x',
  );
  await expect(first.locator('i').first()).toHaveText('Personal Relationships');
  await expect(page.getByText('Names and details in the examples are invented.')).toBeVisible();
});

test('the editorial policy is linked from the footer, the about page and every article', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Editorial policy' }).waitFor();
  await page.locator('main').getByRole('link', { name: 'editorial policy' }).click();
  await expect(page).toHaveURL(/\/editorial-policy\/$/);
  for (const id of ['who-writes', 'sources', 'corrections', 'moderation', 'independence']) {
    await expect(page.locator(`h2#${id}`)).toBeVisible();
  }
  await page.goto(updated);
  await page
    .locator('.notes')
    .getByRole('link', { name: /How we write and check/ })
    .click();
  await expect(page).toHaveURL(/\/editorial-policy\/$/);
});
