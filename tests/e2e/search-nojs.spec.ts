import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links the FAQ hub and the articles', async ({
    page,
  }) => {
    await page.goto('/search/?q=trust');
    const main = page.getByRole('main');
    await expect(main).toContainText('Search needs JavaScript');
    await expect(main.getByRole('link', { name: /every faq answer/i })).toHaveAttribute(
      'href',
      '/faq/',
    );
    await expect(main.getByRole('link', { name: 'All articles' })).toHaveAttribute(
      'href',
      '/advice/',
    );
  });

  test('the header control is a plain link to the search page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute(
      'href',
      '/search/',
    );
  });
});
