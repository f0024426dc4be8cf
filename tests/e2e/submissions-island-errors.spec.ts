import { expect, test, type Page } from '@playwright/test';
import { openTipForm } from './support/tip-form';

// What the tip form tells a reader when a post fails: a failure on our side names a reference the
// operator can find in the log; only a real network failure says to check the connection.

const ARTICLE = '/advice/emotional-intimacy/';

async function fillTip(page: Page) {
  await page.goto(ARTICLE);
  const form = await openTipForm(page);
  await expect(form.getByLabel('Video link')).toHaveCount(0); // hydrated
  await form.getByLabel('Your tip').fill('Ask about the best part of their day, then listen.');
  await form.getByRole('checkbox', { name: /publish my tip/ }).check();
  return form;
}

test('a server failure names a reference, not the connection', async ({ page }) => {
  await page.route('**/api/submissions/tip/', (route) =>
    route.fulfill({
      status: 500,
      body: 'Internal Server Error',
      headers: { 'x-request-id': 'k3m9q2p7xa' },
    }),
  );
  const form = await fillTip(page);
  await form.getByRole('button', { name: 'Send my tip' }).click();
  const message = form.getByText(/something went wrong on our side/i);
  await expect(message).toContainText('k3m9q2p7xa');
  await expect(form).not.toContainText(/connection/i);
});

test('a JSON answer from a failing server shows its own reference', async ({ page }) => {
  await page.route('**/api/submissions/tip/', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        message: 'Something went wrong on our side (reference ab12cd34ef).',
      }),
    }),
  );
  const form = await fillTip(page);
  await form.getByRole('button', { name: 'Send my tip' }).click();
  await expect(form.getByText(/something went wrong on our side/i)).toContainText('ab12cd34ef');
});

test('a network failure asks the reader to check the connection', async ({ page }) => {
  await page.route('**/api/submissions/tip/', (route) => route.abort('internetdisconnected'));
  const form = await fillTip(page);
  await form.getByRole('button', { name: 'Send my tip' }).click();
  await expect(form.getByText(/check your connection/i)).toBeVisible();
});
