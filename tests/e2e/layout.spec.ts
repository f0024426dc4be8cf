import { expect, test, type Page } from '@playwright/test';
import { articlePath, PAGES } from '../../src/lib/paths';
import { sitemapPaths } from './support/sitemap';
import { headingProblems } from './support/headings';

// The reading layout on a phone and on a wide screen: what the first screen shows, the order of
// what follows an article, the menu, and how images load.
const phone = { width: 390, height: 844 };
const reference = articlePath('emotional-intimacy');
const articles = [reference, articlePath('rebuilding-trust'), articlePath('talking-about-money')];

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + scrollY);

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: phone });

  for (const path of articles) {
    test(`the first screen of ${path} shows the title, the byline and the key points`, async ({
      page,
    }) => {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(64);
      for (const part of ['h1', '.byline', '.summary li']) {
        expect(await top(page, part), part).toBeLessThan(phone.height);
      }
      // The key points are open: their text is read without a tap.
      await expect(page.locator('.summary li').first()).toBeVisible();
      // The contents are folded to one line.
      await expect(page.locator('details.toc')).not.toHaveAttribute('open', '');
      await expect(page.getByRole('navigation', { name: 'In this article' })).toBeHidden();
      // Only the topic is left of the breadcrumb trail.
      await expect(
        page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link'),
      ).toHaveCount(1);
    });
  }

  test('the header stays one row of at most 64 px on every main page', async ({ page }) => {
    for (const path of ['/', PAGES.advice, PAGES.quizzes, PAGES.faq, PAGES.ask, '/no-such/']) {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height, path).toBeLessThanOrEqual(64);
    }
  });

  test('the menu opens, moves on with Tab, and Escape closes it back onto its button', async ({
    page,
  }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'Advice' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
    // A tap outside closes it too.
    await toggle.click();
    await expect(menu).toBeVisible();
    await page.locator('h1').click();
    await expect(menu).toBeHidden();
  });

  test('the menu leads to a page by keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Quizzes' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quizzes\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the menu still opens and its links work', async ({ page }) => {
      await page.goto(reference);
      const menu = page.getByRole('navigation', { name: 'Main' });
      await expect(menu).toBeHidden();
      await page.getByRole('button', { name: 'Menu' }).click();
      await menu.getByRole('link', { name: 'FAQ' }).click();
      await expect(page).toHaveURL(/\/faq\/$/);
    });

    test('the disclosure leads to the tip form, a plain form on /tip/', async ({ page }) => {
      await page.goto(reference);
      const link = page.getByRole('link', { name: 'Share your tip' });
      await expect(link).toBeHidden();
      await page.getByText('Share a tip or ask us').click();
      await expect(link).toHaveAttribute('href', '/tip/?article=emotional-intimacy');
      await link.click();
      const form = page.getByRole('form', { name: 'Share your tip' });
      await expect(form).toHaveAttribute('method', 'post');
      await expect(form.getByLabel('Which article is it about?')).toBeVisible();
      await expect(form.getByLabel('Video link')).toBeVisible(); // both kinds without JavaScript
    });
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the full menu is inline and the contents stand open in a sticky rail', async ({ page }) => {
    await page.goto(reference);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu.getByRole('link')).toHaveCount(5);
    await expect(menu.getByRole('link', { name: 'About' })).toBeVisible();

    const toc = page.getByRole('navigation', { name: 'In this article' });
    await expect(toc).toBeVisible();
    await expect(page.locator('details.toc')).toHaveAttribute('open', '');
    const text = await page.locator('.body').boundingBox();
    const rail = await page.locator('.rail').boundingBox();
    expect(rail && text && rail.x > text.x + text.width).toBe(true);
    // About 65 to 75 characters a line: the column is far narrower than the screen.
    expect(text?.width).toBeLessThan(760);
    await expect(
      page.locator('.rail').getByRole('link', { name: /Take the .* quiz/ }),
    ).toBeVisible();

    // Scrolled deep into the text, the contents are still on screen.
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, -1500);
    await expect(toc).toBeInViewport();
  });
});

test('after the article: sources, help lines, related articles, the quiz, sharing, then the forms', async ({
  page,
}) => {
  await page.goto(reference);
  const order = await page.evaluate(() => {
    const parts = {
      sources: '#sources',
      help: '.help-section',
      related: '#related-heading',
      quiz: '.quiz-prompt',
      share: '#share-heading',
      tipOrAsk: '.tip-or-ask',
    };
    return Object.entries(parts)
      .map(([name, selector]) => ({ name, el: document.querySelector(selector) }))
      .filter((p): p is { name: string; el: Element } => p.el !== null)
      .sort((a, b) =>
        a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      )
      .map((p) => p.name);
  });
  expect(order).toEqual(['sources', 'help', 'related', 'quiz', 'share', 'tipOrAsk']);
  // The tip form is the last part of the article page.
  await expect(page.locator('.after > :last-child')).toHaveClass(/tip-or-ask/);
  // No approved tips on this article: no empty "Reader tips" section.
  await expect(page.getByRole('heading', { name: 'Reader tips' })).toHaveCount(0);
  await expect(page.getByText(/no reader tips yet/i)).toHaveCount(0);
  // The conclusion is the last section of the text itself, before the sources.
  const lastH2 = await page.locator('.body h2').last().textContent();
  expect(lastH2).toMatch(/Where to begin tonight/);
});

test('the tip form is rendered only when its disclosure opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(reference);
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => u.includes('TipForm'))).toEqual([]);
  await expect(page.locator('astro-island')).toHaveCount(0);

  // The article's HTML holds a link to /tip/, not the form: the form takes its place on opening.
  await expect(page.locator('.tip-or-ask form')).toHaveCount(0);
  await page.getByText('Share a tip or ask us').click();
  const form = page.getByRole('form', { name: 'Share your tip' });
  await expect(form.locator('input[name="article"]')).toHaveValue('emotional-intimacy');
  // Rendered by the island: only the fields of the chosen kind (the server HTML shows both).
  await expect(form.getByLabel('Video link')).toHaveCount(0);
  expect(scripts.some((u) => u.includes('TipForm'))).toBe(true);
  await expect(page.getByRole('link', { name: 'Ask our editors' })).toHaveAttribute(
    'href',
    '/ask/?article=emotional-intimacy',
  );
});

test('the tip page chooses the article a link names', async ({ page }) => {
  await page.goto('/tip/?article=rebuilding-trust');
  await expect(page.getByLabel('Which article is it about?')).toHaveValue('rebuilding-trust');
  await page.goto('/tip/?article=no-such-article');
  await expect(page.getByLabel('Which article is it about?')).toHaveValue('');
});

test('the ask page chooses the article a link names', async ({ page }) => {
  await page.goto('/ask/?article=rebuilding-trust');
  await expect(page.getByLabel('Which article is it about?')).toHaveValue('rebuilding-trust');
  await page.goto('/ask/?article=no-such-article');
  await expect(page.getByLabel('Which article is it about?')).toHaveValue('');
});

test('only the hero is fetched first; card thumbnails load lazily', async ({ page }) => {
  for (const path of [reference, '/', '/topics/safety/']) {
    await page.goto(path);
    const eager = page.locator('img[fetchpriority="high"]');
    await expect(eager, path).toHaveCount(1);
    await expect(eager).not.toHaveAttribute('loading', 'lazy');
    await expect(eager).toHaveAttribute('width', /\d+/);
    await expect(eager).toHaveAttribute('height', /\d+/);
    const thumbs = page.locator('.card .thumb:not([fetchpriority])');
    expect(await thumbs.count(), path).toBeGreaterThan(0);
    for (const loading of await thumbs.evaluateAll((is) =>
      is.map((i) => i.getAttribute('loading')),
    ))
      expect(loading).toBe('lazy');
  }
  await page.goto(reference);
  await expect(page.locator('.card .thumb').first()).toHaveAttribute('alt', '');
});

test('a topic with a single article feels intended: its drawing, an intro, help and other topics', async ({
  page,
}) => {
  await page.goto('/topics/safety/');
  await expect(page.locator('.topic-head img')).toHaveCount(1);
  await expect(page.getByText(/it is not your fault/)).toBeVisible();
  const help = page.getByRole('complementary', { name: /afraid/ });
  await expect(help.getByRole('link', { name: 'Where to get help now' })).toHaveAttribute(
    'href',
    '/help/',
  );
  await expect(page.getByRole('heading', { name: 'Our article on this topic' })).toBeVisible();
  const others = page.getByRole('region', { name: 'Other topics' });
  expect(await others.getByRole('link').count()).toBeGreaterThanOrEqual(5);
});

test('the 404 page searches without JavaScript and lists the topics', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('trust');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=trust$/);
  await page.goBack();
  expect(
    await page.getByRole('region', { name: 'Topics' }).getByRole('link').count(),
  ).toBeGreaterThanOrEqual(5);
  await context.close();
});

test('no page skips a heading level (one h1, then each level at most one deeper)', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // /search/ is not listed: its results are the search helper's part of the page.
  const paths = [...(await sitemapPaths(request)), '/no-such-page/'];
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    for (const problem of await headingProblems(page.locator('body'))) {
      problems.push(`${path}: ${problem}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
