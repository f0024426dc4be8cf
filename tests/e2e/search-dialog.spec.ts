import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { articlePath } from '../../src/lib/paths';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARTICLE = articlePath('emotional-intimacy');

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /search/i });

test.describe('search dialog', () => {
  test('costs nothing until the reader reaches for search', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const scripts = fetched.filter((p) => p.endsWith('.js'));

    await searchButton(page).click();
    await dialog(page).getByRole('searchbox').fill('trust');
    await expect(dialog(page).getByRole('status')).toContainText('results');
    expect(fetched.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    // The dialog code itself arrived only now, too.
    expect(fetched.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(scripts.length + 1);
  });

  test('says so when search cannot be loaded, and searches once the connection is back', async ({
    page,
  }) => {
    // Offline for Pagefind, under any address a retry may ask for it.
    const pagefind = /\/pagefind\/pagefind\.js(\?.*)?$/;
    await page.route(pagefind, (route) => route.abort('internetdisconnected'));
    await page.goto(ARTICLE);
    await searchButton(page).click();
    const box = dialog(page).getByRole('searchbox');
    await box.fill('trust');
    await expect(dialog(page).getByRole('status')).toHaveText(
      'Search could not be loaded. Check your connection and try again.',
    );
    await page.unroute(pagefind);
    await box.fill('rebuilding trust');
    await expect(dialog(page).getByRole('status')).toHaveText(
      /^\d+ results? for “rebuilding trust”\.$/,
    );
  });

  test('opens with "/", searches, and Escape returns focus', async ({ page }) => {
    await page.goto(ARTICLE);
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    const box = dialog(page).getByRole('searchbox', { name: /search articles/i });
    await expect(box).toBeFocused();
    await box.fill('closeness quiz');
    await expect(dialog(page).getByRole('status')).toHaveText(
      /^\d+ results? for “closeness quiz”\.$/,
    );
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(skip).toBeFocused();
  });

  test('opens with Ctrl+K even while typing elsewhere, and not with "/" in a field', async ({
    page,
  }) => {
    await page.goto('/faq/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('searchbox').fill('a/b');
    await expect(dialog(page).getByRole('searchbox')).toHaveValue('a/b');
    await dialog(page).getByRole('button', { name: /close/i }).click();
    await expect(dialog(page)).toBeHidden();
  });

  test('arrow keys and Enter open a result; the close button returns focus to the control', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await searchButton(page).click();
    const box = dialog(page).getByRole('searchbox');
    await box.fill('promised');
    const links = dialog(page).locator('.search-result h3 a');
    await expect(links.first()).toBeVisible();
    await expectNoAxeViolations(page);

    await dialog(page).getByRole('button', { name: /close/i }).click();
    await expect(searchButton(page)).toBeFocused();

    await searchButton(page).click();
    await expect(links.first()).toBeVisible();
    await box.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/advice\/keeping-small-promises\/\?highlight=promised$/);
    await expect(page.locator('[data-pagefind-body] mark').first()).toHaveText(/promis/i);
  });

  test('before the reader types, it suggests topics and the closeness quiz', async ({ page }) => {
    await page.goto(ARTICLE);
    await searchButton(page).click();
    const suggestions = dialog(page).locator('.search-empty');
    await expect(suggestions.locator('.search-topics a').first()).toHaveAttribute(
      'href',
      /^\/topics\//,
    );
    await expect(suggestions.getByRole('link', { name: /closeness quiz/i })).toHaveAttribute(
      'href',
      '/quizzes/closeness/',
    );
    await expectNoAxeViolations(page);
    // Typing replaces the suggestions with results; clearing the box brings them back.
    const box = dialog(page).getByRole('searchbox');
    await box.fill('trust');
    await expect(dialog(page).getByRole('status')).toContainText('results');
    await expect(suggestions).toHaveCount(0);
    await box.fill('');
    await expect(dialog(page).locator('.search-empty .search-topics a').first()).toBeVisible();
  });

  test('the full search page link carries the query', async ({ page }) => {
    await page.goto('/');
    await searchButton(page).click();
    await dialog(page).getByRole('searchbox').fill('listening');
    const link = dialog(page).getByRole('link', { name: /search page/i });
    await expect(link).toHaveAttribute('href', '/search/?q=listening');
  });
});
