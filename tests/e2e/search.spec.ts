import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectedFirst, withoutHighlight } from './search-queries';
import { headingProblems } from './support/headings';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.locator('.search-result') });

test.describe('search page: the fixed query set', () => {
  for (const expected of expectedFirst) {
    test(`${expected.kind}: "${expected.query}" puts "${expected.title}" first`, async ({
      page,
    }) => {
      await page.goto(`/search/?q=${encodeURIComponent(expected.query)}`);
      await expect(status(page)).toContainText(/\d+ results? for/);
      // A result's title link (an answer from the same page may follow beneath it).
      const first = results(page)
        .getByRole('listitem')
        .first()
        .getByRole('heading')
        .getByRole('link');
      await expect(first).toHaveText(expected.title);
      expect(withoutHighlight((await first.getAttribute('href')) ?? '')).toBe(expected.href);
    });
  }
});

test.describe('search page', () => {
  test('shows type, topic and an excerpt with the matched words marked', async ({ page }) => {
    await page.goto('/search/?q=promised');
    const first = results(page).getByRole('listitem').first();
    await expect(first).toContainText('Article · Trust');
    await expect(first.locator('mark').first()).toHaveText(/promis/i);
  });

  test('announces the count, filters by type and topic, and keeps them in the URL', async ({
    page,
  }) => {
    await page.goto('/search/?q=trust');
    await expect(status(page)).toHaveText(/^\d+ results for “trust”\.$/);
    const all = Number((await status(page).textContent())?.match(/\d+/)?.[0]);

    await page.getByRole('combobox', { name: 'Type' }).selectOption('FAQ answer');
    await expect(page).toHaveURL(/[?&]type=FAQ\+answer/);
    await expect(status(page)).not.toHaveText(`${all} results for “trust”.`);
    const facts = results(page).locator('.search-result-facts');
    const allFacts = () => facts.allTextContents();
    await expect
      .poll(async () => (await allFacts()).every((t) => t.startsWith('FAQ answer')))
      .toBe(true);

    await page.getByRole('combobox', { name: 'Topic' }).selectOption('Trust');
    await expect(page).toHaveURL(/[?&]topic=Trust/);
    await expect
      .poll(async () => (await allFacts()).every((t) => t.startsWith('FAQ answer · Trust')))
      .toBe(true);
    expect((await allFacts()).length).toBeGreaterThan(0);
  });

  test('orders by date, newest first, on request', async ({ page }) => {
    await page.goto('/search/?q=trust&type=Article');
    await expect(status(page)).toContainText('results');
    await page.getByRole('combobox', { name: 'Order' }).selectOption('newest');
    await expect(page).toHaveURL(/[?&]sort=newest/);
    // Results show their publication date; in this order the dates must descend.
    const dates = () =>
      results(page)
        .locator('.search-result-facts time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    await expect
      .poll(async () => {
        const d = await dates();
        return d.length > 1 && d.join() === [...d].sort().reverse().join();
      })
      .toBe(true);
  });

  test('back and forward restore earlier searches', async ({ page }) => {
    await page.goto('/search/?q=trust');
    await expect(status(page)).toContainText('for “trust”');
    const box = page.getByRole('searchbox', { name: /search articles/i });
    await box.fill('listening');
    await box.press('Enter');
    await expect(page).toHaveURL(/\?q=listening$/);
    await expect(status(page)).toContainText('for “listening”');

    await page.goBack();
    await expect(page).toHaveURL(/\?q=trust$/);
    await expect(box).toHaveValue('trust');
    await expect(status(page)).toContainText('for “trust”');

    await page.goForward();
    await expect(page).toHaveURL(/\?q=listening$/);
    await expect(box).toHaveValue('listening');
    await expect(status(page)).toContainText('for “listening”');
  });

  test('no results: says so and offers topics, the FAQ hub, quizzes and asking this question', async ({
    page,
  }) => {
    await page.goto('/search/?q=zzqxjv');
    await expect(status(page)).toHaveText('No results for “zzqxjv”.');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Browse every FAQ answer' })).toHaveAttribute(
      'href',
      '/faq/',
    );
    await expect(main.getByRole('link', { name: 'Take a quiz' })).toHaveAttribute(
      'href',
      '/quizzes/',
    );
    await expect(main.getByRole('link', { name: 'Ask us this question' })).toHaveAttribute(
      'href',
      '/ask/?q=zzqxjv',
    );
    await expect(main.locator('.search-topics a').first()).toHaveAttribute('href', /^\/topics\//);
    await expectNoAxeViolations(page);
  });

  test('a weak best result comes with the ways forward too', async ({ page }) => {
    await page.goto('/search/?q=trust zebra giraffe hippo');
    await expect(status(page)).toContainText('results for');
    const main = page.getByRole('main');
    await expect(results(page).getByRole('listitem').first()).toBeVisible();
    await expect(main.getByRole('link', { name: 'Ask us this question' })).toHaveAttribute(
      'href',
      '/ask/?q=trust%20zebra%20giraffe%20hippo',
    );
    // The closest topics are those of the results.
    await expect(main.locator('.search-topics').getByRole('link', { name: 'Trust' })).toBeVisible();
  });

  test('a strong result needs no ways forward', async ({ page }) => {
    await page.goto('/search/?q=rebuild trust after lies');
    await expect(status(page)).toContainText('results for');
    await expect(page.getByRole('link', { name: 'Ask us this question' })).toHaveCount(0);
  });

  test('the first result shows a second answer of its article when it fits nearly as well', async ({
    page,
  }) => {
    await page.goto(
      `/search/?q=${encodeURIComponent('how many hours a week should couples spend together')}`,
    );
    const items = results(page).getByRole('listitem');
    const first = items.first();
    await expect(first.locator('.search-result-also')).toHaveCount(2);
    const hrefs = await first
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(hrefs).toEqual(
      expect.arrayContaining(['#faq-quality-time-no-money', '#faq-how-much-quality-time']),
    );
    // The other results keep to a link and at most one beneath it.
    for (const item of await items.all().then((all) => all.slice(1))) {
      expect(await item.locator('.search-result-also').count()).toBeLessThanOrEqual(1);
    }
  });

  test('a 200-character word wraps instead of widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/search/?q=${'a'.repeat(200)}`);
    await expect(status(page)).toContainText('for “aaaa');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('headings go from the h1 to h2 before any h3', async ({ page }) => {
    await page.goto('/search/?q=trust');
    await expect(status(page)).toContainText('results for');
    expect(await headingProblems(page.getByRole('main'))).toEqual([]);
  });

  test('arrow keys move from the box through the results; Enter opens one', async ({ page }) => {
    await page.goto('/search/?q=promised');
    // Every link of a result, its title and the answer beneath it, is a stop for the arrows.
    const links = results(page).locator('.search-result a');
    await expect(links.first()).toBeVisible();
    const box = page.getByRole('searchbox', { name: /search articles/i });
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/advice\/keeping-small-promises\/\?highlight=promised$/);
  });

  test('an FAQ result opens its answer on arrival, with the searched words marked', async ({
    page,
  }) => {
    await page.goto('/search/?q=difference between emotional and physical intimacy');
    await results(page)
      .getByRole('link', {
        name: 'What is the difference between emotional and physical intimacy?',
      })
      .click();
    await expect(page).toHaveURL(
      /\/advice\/emotional-intimacy\/\?highlight=.*#faq-emotional-vs-physical-intimacy$/,
    );
    const answer = page.locator('#faq-emotional-vs-physical-intimacy');
    await expect(answer).toBeVisible();
    await expect(page.locator('details:has(#faq-emotional-vs-physical-intimacy)')).toHaveAttribute(
      'open',
      '',
    );
    await expect(answer.locator('mark', { hasText: /^intimacy$/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations with results (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/search/?q=trust&type=FAQ+answer');
      await expect(status(page)).toContainText('results');
      await expectNoAxeViolations(page);
    });
  }

  test('has no axe violations before searching', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('searchbox', { name: /search articles/i })).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
