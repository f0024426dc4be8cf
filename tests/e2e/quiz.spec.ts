import { expect, test } from '@playwright/test';
import {
  answer,
  closeness,
  completeCloseness,
  openQuiz,
  QUESTIONS,
  tableRows,
} from './support/quiz';

test.describe('the closeness quiz', () => {
  test('can be completed with the keyboard only', async ({ page }) => {
    await openQuiz(page);
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (name.test(await focusedText())) return;
      }
      throw new Error(`could not reach ${name} with Tab`);
    };
    await tabTo(/^Start the quiz$/);
    await page.keyboard.press('Enter');
    for (let n = 1; n <= QUESTIONS; n++) {
      await expect(
        page.getByRole('group', { name: new RegExp(`^Question ${n} of ${QUESTIONS}`) }),
      ).toBeFocused();
      await page.keyboard.press('Tab'); // into the radio group
      await page.keyboard.press('Space'); // the first option
      await tabTo(n === QUESTIONS ? /^See my result$/ : /^Next$/);
      await page.keyboard.press('Enter');
    }
    // First option everywhere: plain items score 0, reversed ones 100, the picture 0.
    await expect(
      page.getByRole('heading', { name: 'Your result: Feeling far apart' }),
    ).toBeFocused();
    await expect(page.getByText('Overall score: 31 out of 100')).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(/Your result: Feeling far apart/);
  });

  test('asks for an answer before moving on, and goes back', async ({ page }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('status').first()).toHaveText(
      'Choose an answer to question 1 to go on.',
    );
    await expect(page.getByRole('group', { name: /^Question 1 of/ })).toBeVisible();
    await answer(page, 'Agree');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('group', { name: /^Question 1 of/ })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
    await expect(page.getByText('1 of 16 answered')).toBeVisible();
  });

  test('offers to resume after a reload', async ({ page }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answer(page, 'Agree');
    await answer(page, 'Disagree');
    await answer(page, 'Strongly agree');
    await page.reload();
    await expect(
      page.getByText('You have an unfinished attempt on this device: 3 of 16 answered.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await expect(page.getByRole('group', { name: /^Question 4 of 16/ })).toBeFocused();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).toBeChecked();
  });

  test('shows the result with chart, table, weakest sign and help', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Strongly agree', 'Two circles almost one');
    await expect(page.getByRole('heading', { name: 'Your result: Mostly close' })).toBeVisible();
    await expect(page.getByText('Overall score: 69 out of 100')).toBeVisible();
    expect(await tableRows(page, /^Scores by sign/)).toEqual([
      ['Love', '67 / 100'],
      ['Trust', '67 / 100'],
      ['Respect', '67 / 100'],
      ['Passion', '67 / 100'],
      ['Support', '67 / 100'],
    ]);
    await expect(page.getByText(/Every sign scored the same \(67 out of 100\)/)).toBeVisible();
    await expect(page.locator('.quiz-chart svg')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByText(/not a diagnosis/).first()).toBeVisible();
    await expect(page.getByText(/1-800-799-7233/).first()).toBeVisible();
  });

  test('names the weakest sign and links to the matching ways in the article', async ({ page }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    // Questions 4, 9 and 14 are about passion (14 is reversed): score it lowest.
    for (let n = 1; n <= QUESTIONS; n++) {
      const passion = n === 4 || n === 9;
      const label =
        n === QUESTIONS
          ? 'Two circles overlapping about half'
          : n === 14
            ? 'Strongly agree'
            : passion
              ? 'Strongly disagree'
              : 'Agree';
      await answer(page, label);
    }
    await expect(page.getByText('Passion (0)')).toBeVisible();
    const ideas = page.locator('.quiz-ways');
    await expect(ideas.getByRole('heading', { name: 'Ideas for passion' })).toBeVisible();
    await expect(ideas.getByRole('link', { name: 'Stay physically affectionate' })).toHaveAttribute(
      'href',
      '/advice/emotional-intimacy/#keep-touch-in-ordinary-moments',
    );
  });

  test('keeps a trend of past results and clears everything on request', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Strongly agree', 'Two circles almost one');
    await page.getByRole('button', { name: 'Take the quiz again' }).click();
    for (let i = 0; i < QUESTIONS - 1; i++) await answer(page, 'Disagree');
    await answer(page, 'Two circles just touching');
    const trend = await tableRows(page, /Overall score of each attempt/);
    expect(trend.map((r) => r.slice(1))).toEqual([
      ['69 / 100', 'Mostly close'],
      ['40 / 100', 'Some distance between you'],
    ]);

    await page.reload();
    await expect(
      page.getByText('Your last result on this device: Some distance between you, 40 out of 100.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByRole('status').first()).toHaveText(
      'Your answers and past results are cleared from this device.',
    );
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeFocused();
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('closer:quiz')),
      ),
    ).toEqual([]);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear my answers' })).toHaveCount(0);
  });

  test('keeps answers on the device: no request carries them', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await openQuiz(page);
    await completeCloseness(page, 'Agree', 'Two circles overlapping about half');
    expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
    expect(requests.filter((r) => /[#?].*(c|r)=/.test(r))).toEqual([]);
  });

  test('does not log errors while hydrating', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await openQuiz(page, closeness);
    expect(errors).toEqual([]);
  });

  test('says so when the results view cannot be fetched, and shows it on a retry', async ({
    page,
  }) => {
    await page.route('**/_astro/ResultPanel*.js', (route) => route.abort());
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < QUESTIONS - 1; i++) await answer(page, 'Agree');
    await answer(page, 'Two circles overlapping about half');
    await expect(page.getByRole('status').first()).toHaveText(
      'The result could not be shown: check your connection and try again.',
    );
    await expect(page.getByRole('group', { name: /^Question 16 of 16/ })).toBeVisible();
    await page.unroute('**/_astro/ResultPanel*.js');
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.getByRole('heading', { name: /^Your result:/ })).toBeFocused();
  });
});
