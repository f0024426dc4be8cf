import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The help lines of content/help, shown with the reader's likely country first (from the region of
// navigator.language), the rest folded; without JavaScript, everything folded but reachable.

const article = '/advice/emotional-intimacy/';
const pages = ['/help/', article, '/ask/', '/quizzes/closeness/'];

/** The country codes of the region shown first, and the summary of the fold. */
async function firstRegion(page: Page) {
  const block = page.locator('[data-help-lines]').first();
  return {
    first: await block
      .locator('[data-help-first] [data-help-countries]')
      .getAttribute('data-help-countries'),
    summary: (await block.locator('summary').textContent())?.trim(),
  };
}

for (const [locale, code, name] of [
  ['en-GB', 'GB', 'United Kingdom'],
  ['en-AU', 'AU', 'Australia'],
  ['en-IE', 'IE', 'Ireland'],
] as const) {
  test.describe(`with the browser in ${locale}`, () => {
    test.use({ locale });

    for (const path of pages) {
      test(`${path} shows ${name} first and folds the other countries`, async ({ page }) => {
        const violations: string[] = [];
        page.on(
          'console',
          (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()),
        );
        await page.goto(path);
        expect(await firstRegion(page)).toEqual({ first: code, summary: 'Other countries' });
        const block = page.locator('[data-help-lines]').first();
        await expect(
          block.locator('[data-help-first]').getByRole('heading', { name }),
        ).toBeVisible();
        // The directory moved into the fold, after every country.
        await expect(block.locator('details [data-help-countries]').last()).toHaveAttribute(
          'data-help-countries',
          '',
        );
        expect(violations).toEqual([]);
      });
    }
  });
}

test.describe('with the browser in fr-FR (a country we list no lines for)', () => {
  test.use({ locale: 'fr-FR' });

  test('the international directory comes first', async ({ page }) => {
    await page.goto('/help/');
    const { first, summary } = await firstRegion(page);
    expect(first).toBe('');
    expect(summary).toMatch(/^Help lines in United States, United Kingdom/);
    await expect(page.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB' });

  test('the emergency numbers and the directory show, and every country is one press away', async ({
    page,
  }) => {
    await page.goto('/help/');
    await expect(
      page.getByText(/In danger right now\? Call your local emergency number: 911/),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
    const more = page.locator('[data-help-more]');
    await expect(more.getByRole('heading', { name: 'United Kingdom' })).toBeHidden();
    await more.locator('summary').click();
    for (const name of ['United States', 'United Kingdom', 'Canada', 'Australia', 'Ireland']) {
      await expect(more.getByRole('heading', { name })).toBeVisible();
    }
    await expect(more.getByRole('link', { name: 'Call 0808 2000 247' })).toBeVisible();
  });
});

test('the help page shows every line with what it is for and where its number was checked', async ({
  page,
}) => {
  await page.goto('/help/');
  await page.locator('[data-help-more] summary').click();
  const uk = page.locator('[data-help-countries="GB"]');
  await expect(uk.getByRole('link', { name: 'Call 0808 2000 247' })).toHaveAttribute(
    'href',
    'tel:+448082000247',
  );
  await expect(uk.getByText('Galop helpline')).toHaveCount(1);
  await expect(uk.getByText(/Numbers checked on 26 Nov 2026/).first()).toBeAttached();
  // No one country's numbers written into the page's own text.
  const prose = await page.locator('.prose > p').allTextContents();
  expect(prose.join(' ')).not.toMatch(/\d{3}/);
});

test('an article carries the compact block right after its sources', async ({ page }) => {
  await page.goto(article);
  const next = await page.locator('#sources').evaluate((h) => {
    let el: Element | null = h.parentElement;
    while (el && !el.nextElementSibling) el = el.parentElement;
    return el?.nextElementSibling?.querySelector('h2')?.textContent ?? '';
  });
  expect(next).toBe('If you need to talk to someone');
  // Compact: one abuse line and one crisis line per country.
  await expect(page.locator('[data-help-countries="GB"] li')).toHaveCount(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the help blocks (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme, locale: 'en-GB' });
    const page = await context.newPage();
    for (const path of ['/help/', '/ask/', article]) {
      await page.goto(path);
      await page.locator('[data-help-more] summary').first().click();
      const { violations } = await new AxeBuilder({ page })
        .include('[data-help-lines]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${path} [${v.id}] ${v.help}`)).toEqual([]);
    }
    await context.close();
  });
}
