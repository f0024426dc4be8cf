import { expect, test } from '@playwright/test';

// The below-the-fold stylesheet loads late on articles and in <head> elsewhere; either way its rules
// must win over the base layer (a wrong layer order once left footer headings at h2 size).
for (const path of ['/', '/search/', '/advice/emotional-intimacy/']) {
  test(`below-the-fold styles apply on ${path}`, async ({ page }) => {
    await page.goto(path);
    const sizes = await page.evaluate(() => {
      const heading = document.querySelector('.site-footer h2');
      if (!heading) throw new Error('the footer has no heading');
      return {
        footerHeading: getComputedStyle(heading).fontSize,
        body: getComputedStyle(document.body).fontSize,
      };
    });
    expect(sizes.footerHeading).toBe(sizes.body);
  });
}

test('the article keeps its first screen styled without the late stylesheet', async ({ page }) => {
  await page.route(/below-fold\.[\w-]+\.css$/, (route) => route.abort());
  await page.goto('/advice/emotional-intimacy/');
  const summary = page.locator('details.summary');
  await expect(summary).toHaveCSS('border-left-style', 'solid');
  await expect(page.locator('.article img.hero')).toHaveCSS('object-fit', 'cover');
  await expect(page.locator('.site-header')).toHaveCSS('border-bottom-style', 'solid');
});
