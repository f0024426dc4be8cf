import { expect, test } from '@playwright/test';
import { articlePath } from '../../src/lib/paths';

const path = articlePath('emotional-intimacy');

test.describe('the reference article', () => {
  test('shows every part a reader expects', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('emotional intimacy');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(
      ['Home', 'Advice', 'Intimacy and closeness', /emotional intimacy/],
    );
    await expect(page.getByText('By Editorial team')).toBeVisible();
    await expect(page.locator('.byline').getByText(/^\d+ min read$/)).toBeVisible();
    await expect(page.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

    const toc = page.getByRole('navigation', { name: 'In this article' });
    for (const section of [
      'What emotional intimacy is',
      'Five signs',
      'Seven ways',
      'Why closeness is worth tending',
      'Frequently asked questions',
      'Where to begin tonight',
      'Sources',
    ]) {
      await expect(toc.getByRole('link', { name: new RegExp(section) })).toBeVisible();
    }
    // The five signs: trust, respect, support, love (warmth) and passion (desire).
    const signs = page.locator('h2:has-text("Five signs") ~ h3');
    for (const sign of [/^Trust/, /^Respect/, /^Support/, /^Warmth/, /^Desire/]) {
      await expect(signs.filter({ hasText: sign })).toHaveCount(1);
    }
    await expect(page.locator('h2:has-text("Seven ways") ~ h3')).toHaveCount(7);
    await expect(page.getByRole('note', { name: 'For example' })).toHaveCount(6);
    await expect(page.getByRole('note', { name: 'Try this' })).toHaveCount(7);
    // The one caution box is the safety note, and it points to help.
    const important = page.getByRole('note', { name: 'Important' });
    await expect(important).toHaveCount(1);
    await expect(important.getByRole('link', { name: 'where to get help' })).toHaveAttribute(
      'href',
      '/help/',
    );

    // Every citation marker leads to an entry of the numbered sources list.
    const cites = page.locator('sup.cite a');
    expect(await cites.count()).toBeGreaterThanOrEqual(3);
    for (const href of await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`#sources ~ ol ${href}`)).toHaveCount(1);
    }
    await expect(page.locator('#sources ~ ol > li')).toHaveCount(4);

    await expect(
      page.locator('iframe[title^="Video: How to build (and rebuild) trust"]'),
    ).toHaveCount(1);
    await expect(page.locator('.faq details')).toHaveCount(3);
    for (const name of [
      'Related articles',
      'How close do you feel? The closeness quiz',
      'Share this article',
      'Share a tip or ask us',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(
      page.getByRole('region', { name: /closeness quiz/ }).getByRole('link', {
        name: 'Take the closeness quiz',
      }),
    ).toBeVisible();
  });

  test('the key points start open, and close and open again', async ({ page }) => {
    await page.goto(path);
    const summary = page.locator('details.summary');
    await expect(summary).toHaveAttribute('open', '');
    const points = summary.locator('li');
    await expect(points).toHaveCount(3);
    await expect(points.first()).toBeVisible();
    await summary.locator('summary').click();
    await expect(summary).not.toHaveAttribute('open', '');
    await expect(points.first()).toBeHidden();
    await summary.locator('summary').click();
    await expect(points.first()).toBeVisible();
  });

  test('the video host gets no request until the reader presses play', async ({ page }) => {
    const requests: string[] = [];
    await page.route(/ted\.com/, (route) => {
      requests.push(route.request().url());
      return route.fulfill({
        contentType: 'text/html',
        body: '<title>player</title><p>player</p>',
      });
    });
    await page.goto(path);
    await page.locator('iframe[title^="Video"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
    const player = page.frameLocator('iframe[title^="Video"]');
    await player
      .getByRole('link', { name: /Play video: How to build \(and rebuild\) trust/ })
      .click();
    await expect
      .poll(() => requests)
      .toContain('https://embed.ted.com/talks/frances_frei_how_to_build_and_rebuild_trust');
    await expect(player.getByText('player')).toBeVisible();
  });

  test('a link to an FAQ answer opens that answer', async ({ page }) => {
    await page.goto(`${path}#faq-first-step`);
    const answer = page.locator('#faq-first-step');
    await expect(answer).toBeVisible();
    await expect(page.locator('details:has(#faq-first-step)')).toHaveAttribute('open', '');
    await expect(page.locator('details:has(#faq-can-emotional-intimacy-fade)')).not.toHaveAttribute(
      'open',
      '',
    );
  });

  test('share links carry the canonical URL', async ({ page }) => {
    await page.goto(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/advice\/emotional-intimacy\/$/);
    const share = page.getByRole('region', { name: 'Share this article' });
    const links = share.getByRole('link');
    await expect(links).toHaveText([/Facebook/, /X/, /Pinterest/, /WhatsApp/, /Email/]);
    for (const href of await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    )) {
      expect(href).toContain(encodeURIComponent(canonical));
    }
    await expect(share.getByLabel('Link to this article')).toHaveValue(canonical);
  });

  test('the head carries SEO and social tags and valid JSON-LD', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{70,160}/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      /\/og\/advice\/emotional-intimacy\.png$/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((ss) =>
        ss.map((s) => (JSON.parse(s.textContent) as { '@type': string })['@type']),
      );
    expect(types.sort()).toEqual(['BreadcrumbList', 'FAQPage', 'WebPage']);
    const og = await page.request.get('/og/advice/emotional-intimacy.png');
    expect(og.headers()['content-type']).toBe('image/png');
    const png = await og.body();
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});

test('keyboard-only reading: skip link, summary, table of contents, FAQ', async ({ page }) => {
  await page.goto(path);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab until the key points (open from the start); Enter folds them and opens them again.
  const summary = page.locator('details.summary > summary');
  for (let i = 0; i < 15 && !(await summary.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.summary')).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(page.locator('details.summary')).toHaveAttribute('open', '');

  // On a wide screen the next stop is the contents in the rail (their heading folds nothing
  // there, so it is not a stop); Enter follows the link to its section.
  await page.keyboard.press('Tab');
  const first = page.getByRole('navigation', { name: 'In this article' }).getByRole('link').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#what-emotional-intimacy-is-and-is-not$/);

  // An FAQ question opens with the keyboard too.
  const question = page.locator('.faq summary').first();
  await question.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.faq details').first()).toHaveAttribute('open', '');
});
