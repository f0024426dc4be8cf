import type { Locator, Page } from '@playwright/test';

/** Opens the "Share a tip or ask us" disclosure under an article and returns the tip form in it. */
export async function openTipForm(page: Page): Promise<Locator> {
  const details = page.locator('details.tip-or-ask');
  await details.locator('summary').scrollIntoViewIfNeeded();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return page.getByRole('form', { name: 'Share your tip' });
}
