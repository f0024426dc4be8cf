import { expect, test } from '@playwright/test';

/** Every quiz page applies its own inline CSS and scripts under its Content Security Policy. */
for (const path of [
  '/quizzes/',
  '/quizzes/closeness/',
  '/quizzes/trust/',
  '/quizzes/closeness/result/far-apart/',
]) {
  test(`${path} breaks no rule of its CSP`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} at ${e.lineNumber}:${e.columnNumber}`),
      );
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(
      () => (window as unknown as { violations: string[] }).violations,
    );
    expect(violations).toEqual([]);
    // The page CSS applied: the body takes the design's background, not the browser default.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
}
