import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  answer,
  closeness,
  completeCloseness,
  openQuiz,
  QUESTIONS,
  sharedLink,
} from './support/quiz';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(tags).analyze();
  return found.map(
    (v) => `[${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the intro, mid-quiz and results (${colorScheme})`, async ({
    browser,
  }) => {
    // Four axe runs and sixteen answers: more than the default 30 s when the machine is busy.
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openQuiz(page);
    expect(await violations(page), 'intro').toEqual([]);

    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < 4; i++) await answer(page, 'Agree');
    expect(await violations(page), 'mid-quiz').toEqual([]);
    for (let i = 4; i < QUESTIONS - 1; i++) await answer(page, 'Agree');
    await page.getByRole('radio', { name: 'Two circles overlapping about half' }).check();
    expect(await violations(page), 'picture item').toEqual([]);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.getByRole('heading', { name: /^Your result:/ })).toBeFocused();
    expect(await violations(page), 'results').toEqual([]);
    await context.close();
  });
}

test('axe finds no violation on the list, a shared result and a refused link', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/quizzes/');
  expect(await violations(page), '/quizzes/').toEqual([]);
  await openQuiz(page);
  await completeCloseness(page, 'Agree', 'Two circles overlapping about half');
  const link = await sharedLink(page, 'Share your result');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: /^A shared result/ })).toBeVisible();
  expect(await violations(page), 'shared result').toEqual([]);
  await page.goto(`${closeness}#c=broken`);
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violations(page), 'refused link').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, count] of [
    [closeness, 16],
    ['/quizzes/communication-check-in/', 12],
    ['/quizzes/trust/', 12],
  ] as const) {
    test(`${path} shows every question as a fieldset of native radios`, async ({ page }) => {
      await page.goto(path);
      // Scoring needs JavaScript: the page says so instead of offering a Start button that
      // cannot work, and every question is one press away.
      await expect(
        page.getByText(/Scoring happens in your browser and needs JavaScript/),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeHidden();
      await page.getByText(/^Read all \d+ statements/).click();
      const groups = page.getByRole('group', { name: /^Question \d+ of \d+/ });
      await expect(groups).toHaveCount(count);
      for (let n = 1; n <= count; n++) {
        const group = page.getByRole('group', { name: new RegExp(`^Question ${n} of ${count}`) });
        expect(await group.getByRole('radio').count()).toBeGreaterThanOrEqual(2);
      }
    });
  }

  test('the picture item offers seven labelled circle pictures', async ({ page }) => {
    await page.goto(closeness);
    await page.getByText(/^Read all 15 statements and a picture first$/).click();
    const picture = page.getByRole('group', { name: /Question 16 of 16/ });
    await expect(picture.getByRole('radio')).toHaveCount(7);
    await expect(picture.getByRole('radio', { name: 'Two circles almost one' })).toBeVisible();
    await expect(picture.locator('svg[aria-hidden="true"]')).toHaveCount(7);
  });
});
