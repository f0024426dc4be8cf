import { expect, test } from '@playwright/test';
import { MAX_ASK_QUESTION } from '../../src/lib/search/links';
import { headingProblems } from './support/headings';

// "Ask us this question": from a search that found too little to the ask form, with the question
// written in. Nothing is sent until the reader presses send, and nothing of the search is logged.

test.describe('asking a question a search could not answer', () => {
  test('the ask form opens with the search written in, and nothing is sent', async ({ page }) => {
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') posted.push(new URL(r.url()).pathname);
    });
    const q = 'what does zzqxjv mean for us';
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await page.getByRole('main').getByRole('link', { name: 'Ask us this question' }).click();
    await expect(page).toHaveURL(/\/ask\/\?q=/);
    const field = page.getByRole('textbox', { name: /Your question/ });
    await expect(field).toHaveValue(q);
    expect(posted).toEqual([]);
  });

  test('written in as text only, and cut to the form’s limit', async ({ page }) => {
    const attack = `<img src="x" onerror="document.title='owned'">${' more words'.repeat(60)}`;
    await page.goto(`/ask/?q=${encodeURIComponent(attack)}`);
    const field = page.getByRole('textbox', { name: /Your question/ });
    await expect(field).toHaveValue(/^<img src="x"/);
    expect((await field.inputValue()).length).toBeLessThanOrEqual(MAX_ASK_QUESTION);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.title()).not.toBe('owned');
  });

  test('the ask page goes from its h1 to an h2 before any h3', async ({ page }) => {
    await page.goto('/ask/');
    await expect(page.getByRole('textbox', { name: /Your question/ })).toBeVisible();
    expect(await headingProblems(page.getByRole('main'))).toEqual([]);
  });
});
