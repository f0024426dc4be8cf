import { expect, test } from '@playwright/test';
import { answer, closeness, completeCloseness, openQuiz, QUESTIONS } from './support/quiz';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the question and its Next button fit one screen, under the progress bar', async ({
    page,
  }) => {
    await openQuiz(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    // The introduction gives way to the questions.
    await expect(page.locator('.quiz-intro')).toBeHidden();
    for (let n = 1; n <= QUESTIONS; n++) {
      const question = page.getByRole('group', { name: new RegExp(`^Question ${n} of`) });
      const next = page.getByRole('button', { name: /^(Next|See my result)$/ });
      for (const part of [page.locator('.quiz-bar'), question, next]) {
        await expect(part).toBeInViewport({ ratio: 1 });
      }
      if (n === 1 || n === QUESTIONS) {
        const bar = await page.locator('.quiz-bar').boundingBox();
        const box = await next.boundingBox();
        console.log(
          `phone, question ${n}: bar top ${Math.round(bar?.y ?? -1)} px, Next bottom ${Math.round((box?.y ?? 0) + (box?.height ?? 0))} px of 844`,
        );
      }
      await answer(page, n === QUESTIONS ? 'Two circles overlapping about half' : 'Agree');
    }
    await expect(page.getByRole('heading', { name: /^Your result:/ })).toBeInViewport();
  });

  test('the page does not shift while the quiz wakes up', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          w.shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openQuiz(page, closeness);
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift).toBeLessThanOrEqual(0.02);
  });
});

test('the result card names strongest and weakest, and shares with one button', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openQuiz(page);
  await completeCloseness(page, 'Agree', 'Two circles overlapping about half', {
    4: 'Disagree',
    9: 'Disagree',
  });
  await expect(page.locator('.quiz-extremes')).toContainText('Strongest sign');
  await expect(page.locator('.quiz-extremes')).toContainText('Passion (25)');
  // Without a share sheet (desktop Linux) the button copies the link.
  await page.getByRole('button', { name: 'Share your result', exact: true }).click();
  await expect(page.getByText('Link copied. Paste it where you want to share it.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/quizzes\/closeness\/result\/some-distance\/#r=r1\./);
  await expect(page.getByRole('button', { name: 'Invite your partner' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
});

test('when copying is refused, the link appears to copy by hand', async ({ page }) => {
  await openQuiz(page);
  await completeCloseness(page, 'Agree', 'Two circles overlapping about half');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.getByRole('button', { name: 'Invite your partner' }).click();
  const field = page.getByRole('textbox', { name: 'Invite your partner: link' });
  await expect(field).toHaveValue(/#c=c1\./);
  await expect(page.getByText(/Copying was blocked/)).toBeVisible();
});

test('a shared result opens with a clear way to take the quiz', async ({ page }) => {
  await page.goto('/quizzes/closeness/result/mostly-close/');
  const take = page.getByRole('link', { name: 'Take the quiz yourself' });
  await expect(take).toBeInViewport();
  await expect(take).toHaveAttribute('href', closeness);
});

test('the intro counts its items from the data and says how the quiz is made', async ({ page }) => {
  await page.goto(closeness);
  await expect(page.getByText(/^15 statements and a picture · about 4 minutes/)).toBeVisible();
  const about = page.locator('.about');
  await expect(about).toContainText('They are not a validated test');
  await expect(about).toContainText(
    'The circles picture is adapted from the Inclusion of Other in the Self scale',
  );
});
