import { expect, test } from '@playwright/test';
import { BELITTLED, CONFIDE, completeCloseness, openQuiz } from './support/quiz';

const safetyHeading = 'Before anything else: your safety';

test.describe('the safety section', () => {
  test.use({ locale: 'en-GB' });

  test('opens the result when a warning sign is answered at its strong end', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Agree', 'Two circles overlapping about half', {
      [BELITTLED]: 'Strongly agree',
    });
    const result = page.locator('.quiz-result');
    const safety = result.locator('.quiz-safety');
    await expect(safety.getByRole('heading', { name: safetyHeading })).toBeVisible();
    // First: straight after the result's heading, before the score and any idea.
    const order = await result.evaluate((el) =>
      [...el.children].map((c) => c.className || c.tagName.toLowerCase()),
    );
    expect(order.slice(0, 3)).toEqual(['h2', 'quiz-safety', 'quiz-gauge']);
    await expect(safety).toContainText(
      'You answered “Strongly agree” to “My partner sometimes makes light of things that matter to me',
    );
    await expect(safety).toContainText('it is not your fault');
    // The help lines of the reader's country, first (en-GB: the United Kingdom).
    const first = safety.locator('[data-help-first] [data-help-countries]');
    await expect(first).toHaveAttribute('data-help-countries', 'GB');
    await expect(first.getByRole('link', { name: 'Call 0808 2000 247' })).toBeVisible();
    // Safety-first reading replaces the ideas for respect, and nothing sends the reader to work on
    // themselves.
    await expect(
      safety.getByRole('link', { name: 'What controlling behaviour can look like' }),
    ).toHaveAttribute('href', '/advice/recognising-controlling-behaviour/#what-it-can-look-like');
    await expect(result.getByRole('link', { name: /Listen|appreciation/i })).toHaveCount(0);
  });

  test('replaces the ideas and the question for a weakest sign with a warning sign', async ({
    page,
  }) => {
    await openQuiz(page);
    // Respect lowest: its two plain items at the bottom, and the belittling item at its strong end.
    await completeCloseness(page, 'Agree', 'Two circles overlapping about half', {
      3: 'Strongly disagree',
      13: 'Strongly disagree',
      [BELITTLED]: 'Strongly agree',
    });
    const focus = page.locator('.quiz-focus');
    await expect(focus.getByRole('heading', { name: 'Where to start: respect' })).toBeVisible();
    await expect(focus.getByText(/A question to ask each other/)).toHaveCount(0);
    await expect(focus.getByRole('link', { name: 'Look for help safely' })).toBeVisible();
  });

  test('does not show for a low score without a warning sign at its strong end', async ({
    page,
  }) => {
    await openQuiz(page);
    // As low as the quiz goes while both warning signs stop one short of their strong end.
    await completeCloseness(page, 'Strongly disagree', 'Two circles apart, not touching', {
      6: 'Strongly agree',
      7: 'Strongly agree',
      14: 'Strongly agree',
      15: 'Strongly agree',
      [BELITTLED]: 'Agree',
      [CONFIDE]: 'Disagree',
    });
    await expect(
      page.getByRole('heading', { name: 'Your result: Feeling far apart' }),
    ).toBeVisible();
    await expect(page.getByText('Overall score: 3 out of 100')).toBeVisible();
    await expect(page.getByRole('heading', { name: safetyHeading })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Invite your partner' })).toBeVisible();
  });

  test('shows in the trust quiz when fear of a partner’s reaction is answered', async ({
    page,
  }) => {
    await openQuiz(page, '/quizzes/trust/');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let n = 1; n <= 12; n++) {
      await page.getByRole('radio', { name: n === 3 ? 'Disagree' : 'Agree', exact: true }).check();
      await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
    }
    await expect(page.getByRole('heading', { name: safetyHeading })).toBeVisible();
    await expect(page.locator('.quiz-safety')).toContainText(
      'You answered “Disagree” to “I can admit a mistake',
    );
  });

  test('hides the result with one press, clears the device and says so', async ({ page }) => {
    await openQuiz(page);
    await completeCloseness(page, 'Agree', 'Two circles overlapping about half', {
      [CONFIDE]: 'Strongly disagree',
    });
    await page.locator('.quiz-safety').getByRole('button', { name: 'Hide this result' }).click();
    await expect(page.getByRole('status').first()).toHaveText(
      'Your result is hidden. Your answers and past results are cleared from this device.',
    );
    await expect(page.locator('.quiz-result')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeFocused();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('closer:'))),
    ).toEqual([]);
    await page.reload();
    await expect(page.getByText(/Your last result on this device/)).toHaveCount(0);
  });
});
