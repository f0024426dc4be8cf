import { expect, type Page } from '@playwright/test';
import { quizPath } from '../../../src/lib/paths';

export const closeness = quizPath('closeness');
export const QUESTIONS = 16;

/** Waits until the island has taken over the server-rendered form. */
export async function openQuiz(page: Page, path = closeness): Promise<void> {
  await page.goto(path);
  await expect(
    page.getByRole('button', { name: /Start the quiz|Resume where you left off/ }),
  ).toBeVisible();
}

/** Picks an option of the current question by its label and moves on. */
export async function answer(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
}

/**
 * Answers every statement of the closeness quiz with one label and the picture item with another.
 * Starts from the intro.
 */
export async function completeCloseness(page: Page, statement: string, picture: string) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < QUESTIONS - 1; i++) await answer(page, statement);
  await answer(page, picture);
  await expect(page.getByRole('heading', { level: 2, name: /^Your result:/ })).toBeFocused();
}

/** The value of a share box's read-only link field. */
export async function linkIn(page: Page, box: string): Promise<string> {
  return page.getByRole('textbox', { name: `${box}: link` }).inputValue();
}

/** Rows of a table as arrays of cell texts, header row excluded. */
export async function tableRows(page: Page, caption: RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}
