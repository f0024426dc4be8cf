import { expect, test } from '@playwright/test';
import { shortHash } from '../../src/lib/quiz/hash.ts';

// Edges a reader can reach by hand: a very long search word, an over-long quiz link, a link made
// for another quiz, and a post that fails on the server rather than on the network.

test('a 200-character search word wraps instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/search/?q=${'a'.repeat(200)}`);
  await expect(page.getByRole('main').getByRole('status')).toContainText(/a{20}/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('a couple link longer than any the site makes says it is too long', async ({ page }) => {
  await page.goto(`/quizzes/closeness/#c=c1.${'a'.repeat(500)}.x`);
  await expect(page.getByRole('alert')).toContainText('longer than any link this site makes');
});

test('a couple link made for another quiz does not claim to be from an earlier version', async ({
  page,
}) => {
  // Well formed and correctly sealed, but with a fingerprint that is not this quiz's.
  const body = 'c1.zzzzzz.0000000000';
  await page.goto(`/quizzes/trust/#c=${body}.${shortHash(body)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('another quiz');
  await expect(alert).not.toContainText('made for an earlier version of this quiz');
});
