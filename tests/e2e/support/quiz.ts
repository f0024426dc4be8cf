import { expect, type Page } from '@playwright/test';
import { quizPath } from '../../../src/lib/paths';

export const closeness = quizPath('closeness');
export const QUESTIONS = 16;

/**
 * Waits until the island has taken over: the server renders the same start panel with its button
 * disabled, and the island enables it.
 */
export async function openQuiz(page: Page, path = closeness): Promise<void> {
  await page.goto(path);
  await expect(
    page.getByRole('button', { name: /Start the quiz|Resume where you left off/ }),
  ).toBeEnabled();
}

/** Picks an option of the current question by its label and moves on. */
export async function answer(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
}

/**
 * Answers every statement of the closeness quiz with one label and the picture item with another;
 * `except` gives other labels for some questions, by number. Starts from the intro.
 */
export async function completeCloseness(
  page: Page,
  statement: string,
  picture: string,
  except: Record<number, string> = {},
) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n < QUESTIONS; n++) await answer(page, except[n] ?? statement);
  await answer(page, picture);
  await expect(page.getByRole('heading', { level: 2, name: /^Your result:/ })).toBeFocused();
}

/**
 * Closeness items by number, for answers that must avoid or hit a warning sign: 8 is "makes light
 * of things that matter to me" (reverse-keyed; its strong end is Strongly agree), 12 is "could tell
 * my partner something embarrassing" (its strong end is Strongly disagree).
 */
export const BELITTLED = 8;
export const CONFIDE = 12;

/**
 * The link a share button hands to the device's share sheet. The sheet is stood in for (browsers
 * on Linux have none), so the test sees exactly what a reader's phone would be given.
 */
export async function sharedLink(page: Page, button: string): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { sharedUrl?: string | undefined };
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        w.sharedUrl = data.url;
        return Promise.resolve();
      },
    });
  });
  await page.getByRole('button', { name: button, exact: true }).click();
  return page.evaluate(() => (window as unknown as { sharedUrl?: string }).sharedUrl ?? '');
}

/** Rows of a table as arrays of cell texts, header row excluded. */
export async function tableRows(page: Page, caption: RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}
