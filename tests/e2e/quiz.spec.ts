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
    // First option everywhere: ten plain items score 0, five reversed ones 100; the picture is in
    // no score.
    await expect(
      page.getByRole('heading', { name: 'Your result: Feeling far apart' }),
    ).toBeFocused();
    await expect(page.getByText('Overall score: 33 out of 100')).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(/Your result: Feeling far apart/);
  });

  test('asks for an answer before moving on, and goes back', async ({ page }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('status').first()).toHaveText(
      'Choose an answer to question 1 to go on.',
    );
    // Seen beside the question, not only heard: tied to it, and focus back on the question.
    const question = page.getByRole('group', { name: /^Question 1 of/ });
    const message = question.getByText('Choose an answer to go on.');
    await expect(message).toBeVisible();
    await expect(question).toBeFocused();
    await expect(question).toHaveAttribute(
      'aria-describedby',
      (await message.getAttribute('id')) ?? '',
    );
    await expect(question).toHaveAccessibleDescription('Choose an answer to go on.');
    await page.getByRole('radio', { name: 'Agree', exact: true }).check();
    await expect(message).toBeHidden();
    await expect(question).not.toHaveAttribute('aria-describedby');
    await page.getByRole('button', { name: 'Next' }).click();
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
    // Progress is saved once the next question shows; reloading in the same instant raced it.
    await expect(page.getByRole('group', { name: /^Question 4 of 16/ })).toBeFocused();
    await page.reload();
    await expect(
      page.getByText(
        'You have an unfinished attempt on this device: 3 of 16 answered. Unfinished answers are kept in this browser for 30 days, then forgotten; past results stay until you clear them.',
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await expect(page.getByRole('group', { name: /^Question 4 of 16/ })).toBeFocused();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).toBeChecked();
  });

  test('shows the result with the band gauge, bars, a table for screen readers and the weakest sign', async ({
    page,
  }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Agree', 'Two circles almost one');
    await expect(page.getByText('Overall score: 58 out of 100')).toBeVisible();
    // The gauge's labels are the bands, the reader's one marked.
    const bands = page.getByRole('list', { name: 'Result bands' }).getByRole('listitem');
    await expect(bands).toHaveCount(4);
    await expect(page.locator('.quiz-bands [aria-current="true"]')).toHaveText(
      /40–59 Some distance between you/,
    );
    // Bars carry their values; the same numbers are in a table that only screen readers get.
    await expect(page.locator('.quiz-chart svg')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('.quiz-chart-value')).toHaveText(['58', '58', '58', '58', '58']);
    expect(await tableRows(page, /^Scores by sign/)).toEqual([
      ['Love', '58 / 100'],
      ['Trust', '58 / 100'],
      ['Respect', '58 / 100'],
      ['Passion', '58 / 100'],
      ['Support', '58 / 100'],
    ]);
    const table = page.getByRole('table', { name: /^Scores by sign/ });
    await expect(table).toHaveClass('visually-hidden');
    await expect(table).toHaveCSS('clip-path', 'inset(50%)');
    await expect(page.getByText(/Every sign scored the same \(58 out of 100\)/)).toBeVisible();
    // The picture is shown on its own, in no score.
    await expect(
      page.getByText(/Two circles almost one \(7 of 7\)\. This answer is shown on its own/),
    ).toBeVisible();
    // No safety section without a warning sign, and the disclaimer once, as a link.
    await expect(
      page.getByRole('heading', { name: 'Before anything else: your safety' }),
    ).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: /What this quiz can and cannot tell you/ }),
    ).toHaveAttribute('href', '/quizzes/closeness/#about-quiz');
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
    const focus = page.locator('.quiz-focus');
    await expect(focus.getByRole('heading', { name: 'Where to start: passion' })).toBeVisible();
    await expect(
      focus.getByText(/A question to ask each other: .*playful or affectionate/),
    ).toBeVisible();
    const actions = focus.getByRole('listitem');
    await expect(actions).toHaveCount(3);
    await expect(
      focus.getByRole('link', { name: 'Keep touch in ordinary moments' }),
    ).toHaveAttribute('href', '/advice/emotional-intimacy/#keep-touch-in-ordinary-moments');
    // Each action leads to a section that exists on its article.
    for (const href of await focus
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const [path, id] = href.split('#');
      const html = await (await page.request.get(path ?? '')).text();
      expect(html, href).toContain(`id="${id ?? ''}"`);
    }
  });

  test('keeps a trend of past results and clears everything on request', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Strongly agree', 'Two circles almost one');
    await page.getByRole('button', { name: 'Take the quiz again' }).click();
    for (let i = 0; i < QUESTIONS - 1; i++) await answer(page, 'Disagree');
    await answer(page, 'Two circles just touching');
    const trend = await tableRows(page, /Overall score of each attempt/);
    expect(trend.map((r) => r.slice(1))).toEqual([
      ['67 / 100', 'Mostly close'],
      ['42 / 100', 'Some distance between you'],
    ]);

    await page.reload();
    await expect(
      page.getByText('Your last result on this device: Some distance between you, 42 out of 100.'),
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
    // Offline for the results view, under any address a retry may ask for it.
    const panel = /\/_astro\/ResultPanel[^/]*\.js(\?.*)?$/;
    await page.route(panel, (route) => route.abort('internetdisconnected'));
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < QUESTIONS - 1; i++) await answer(page, 'Agree');
    await answer(page, 'Two circles overlapping about half');
    const offline = 'The result could not be shown: check your connection and try again.';
    await expect(page.getByRole('status').first()).toHaveText(offline);
    // Said where the reader is looking too, not only to a screen reader.
    await expect(page.getByRole('form').getByText(offline)).toBeVisible();
    await expect(page.getByRole('group', { name: /^Question 16 of 16/ })).toBeVisible();
    await page.unroute(panel);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.getByRole('heading', { name: /^Your result:/ })).toBeFocused();
  });
});
