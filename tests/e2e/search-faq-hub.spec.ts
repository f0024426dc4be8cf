import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('FAQ hub', () => {
  test('lists every answer grouped by topic, each with its own anchor and a link to its article', async ({
    page,
  }) => {
    await page.goto('/faq/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions and answers');
    const topics = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(topics).toContainText(['Intimacy and closeness', 'Communication', 'Trust']);

    const item = page.locator('#emotional-intimacy--emotional-vs-physical-intimacy');
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(
      'What is the difference between emotional and physical intimacy?',
    );
    await expect(item.getByRole('link', { name: /read this answer/i })).toHaveAttribute(
      'href',
      '/advice/emotional-intimacy/#faq-emotional-vs-physical-intimacy',
    );
    // Every answer on the hub has an anchor of its own.
    const ids = await page.locator('article.qa').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a link from the hub opens the answer on its article', async ({ page }) => {
    await page.goto('/faq/#emotional-intimacy--emotional-vs-physical-intimacy');
    await page
      .locator('#emotional-intimacy--emotional-vs-physical-intimacy')
      .getByRole('link', { name: /read this answer/i })
      .click();
    await expect(page).toHaveURL(/#faq-emotional-vs-physical-intimacy$/);
    await expect(page.locator('details:has(#faq-emotional-vs-physical-intimacy)')).toHaveAttribute(
      'open',
      '',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/faq/');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  }
});
