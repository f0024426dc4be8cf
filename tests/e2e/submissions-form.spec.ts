import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from './support/submission-server.ts';
import { openTipForm } from './support/tip-form';

// The forms themselves: a video tip through the island, keyboard only, and the plain HTML form
// for readers without JavaScript (check-and-send page, then the confirmation page).

const ARTICLE = '/advice/emotional-intimacy/';
let server: TestServer;
test.beforeAll(async () => {
  server = await startServer({ TOKEN_MIN_AGE_MS: '1000', RATE_LIMIT_MAX: '50' });
});
test.afterAll(() => server.stop());

test('a video tip, typed with the keyboard only: a foreign host is refused next to its field, YouTube is accepted', async ({
  page,
}) => {
  await page.goto(`${server.url}${ARTICLE}`);
  const form = await openTipForm(page);
  // Hydrated: the island shows only the fields of the chosen kind (the server HTML shows both).
  await expect(form.getByLabel('Video link')).toHaveCount(0);
  await form.getByRole('radio', { name: 'A written tip' }).focus();
  await page.keyboard.press('ArrowDown'); // radio group: the arrow key picks "A video tip"
  await expect(form.getByRole('radio', { name: /A video tip/ })).toBeChecked();
  await expect(form.getByLabel('A note about the video (optional)')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(form.getByLabel('A note about the video (optional)')).toBeFocused();
  await page.keyboard.type('The part about small promises changed how we talk.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://www.dailymotion.com/video/x7tgad0');
  await form.getByRole('checkbox', { name: /publish my tip/ }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(1100);
  await form.getByRole('button', { name: 'Send my tip' }).focus();
  await page.keyboard.press('Enter');

  const link = form.getByLabel('Video link');
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription(/Must be a YouTube, Vimeo or TED link/);
  // What the reader wrote is still there.
  await expect(form.getByLabel('A note about the video (optional)')).toHaveValue(/small promises/);

  await link.fill('https://youtu.be/dQw4w9WgXcQ');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Thank you: we received your tip' }),
  ).toBeFocused();
  await expect(page.getByText(/Your reference code is T-/)).toBeVisible();
  expect(server.rows()).toBe(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain form posts, asks to check and send, then confirms with a reference code', async ({
    page,
  }) => {
    const before = server.rows();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(`${server.url}/ask/`);
    const form = page.getByRole('form', { name: 'Ask your question' });
    await form
      .getByLabel('Which article is it about?')
      .selectOption({ label: 'What is emotional intimacy, and how do you build it?' });
    await form
      .getByLabel('Your question')
      .fill('Is it normal to need time alone after a long day?');
    await form.getByRole('checkbox', { name: /publish my question/ }).check();
    await form.getByRole('button', { name: 'Send my question' }).click();

    await expect(page.getByRole('heading', { name: 'Check and send your question' })).toBeVisible();
    await expect(page.getByText('Is it normal to need time alone after a long day?')).toBeVisible();
    expect(server.rows()).toBe(before);
    await page.waitForTimeout(1100); // the time trap: a person reads before sending
    await page.getByRole('button', { name: 'Send my question' }).click();

    await expect(page).toHaveURL(/\/thanks\/\?ref=Q-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(
      page.getByRole('heading', { name: 'Thank you: we received your question' }),
    ).toBeVisible();
    await expect(page.getByText(/Your reference code is Q-/)).toBeVisible();
    expect(server.rows()).toBe(before + 1);
    // The on-demand confirmation page gets its own CSP from Astro, and keeps to it.
    expect(violations).toEqual([]);
  });
});
