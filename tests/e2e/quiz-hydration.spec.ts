import { expect, test } from '@playwright/test';
import { closeness, completeCloseness, openQuiz, sharedLink } from './support/quiz';

/**
 * Records every change Preact makes inside an island before Astro marks it hydrated (removes
 * `ssr`). A first client render equal to the server's changes nothing; a mismatch shows up as
 * patched text or replaced nodes. Recording starts after parsing, so the parser's own inserts
 * do not count, and stops per island at hydration, so later state changes do not either.
 */
const recordHydrationPatches = () => {
  const w = window as unknown as { hydrationPatches: string[]; hydratedIslands: number };
  w.hydrationPatches = [];
  w.hydratedIslands = 0;
  document.addEventListener('DOMContentLoaded', () => {
    const done = new WeakSet<Element>();
    new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const island = node?.closest('astro-island');
        if (!island || done.has(island)) continue;
        if (r.target === island) {
          if (r.attributeName === 'ssr' && !island.hasAttribute('ssr')) {
            done.add(island);
            w.hydratedIslands++;
          }
          continue;
        }
        w.hydrationPatches.push(`${r.type} on <${node?.tagName.toLowerCase()}>`);
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
};

test('the quiz island hydrates without changing the server HTML', async ({ page }) => {
  await page.addInitScript(recordHydrationPatches);
  await openQuiz(page, closeness);
  const { patches, islands } = await page.evaluate(() => {
    const w = window as unknown as { hydrationPatches: string[]; hydratedIslands: number };
    return { patches: w.hydrationPatches, islands: w.hydratedIslands };
  });
  expect(islands).toBe(1);
  expect(patches).toEqual([]);
});

test('the shared-result island hydrates without changing the server HTML', async ({ page }) => {
  await openQuiz(page);
  await completeCloseness(page, 'Agree', 'Two circles overlapping about half');
  const link = await sharedLink(page, 'Share your result');
  const fresh = await page.context().newPage();
  await fresh.addInitScript(recordHydrationPatches);
  await fresh.goto(link);
  await expect(fresh.getByRole('table', { name: /^Scores by sign/ })).toBeVisible();
  const patches = await fresh.evaluate(
    () => (window as unknown as { hydrationPatches: string[] }).hydrationPatches,
  );
  expect(patches).toEqual([]);
});
