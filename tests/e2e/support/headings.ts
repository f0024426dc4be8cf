import type { Locator } from '@playwright/test';

/**
 * What breaks the heading outline inside `scope`: it must start at one h1 and never go more than
 * one level deeper at a time. An empty list means the outline is sound.
 */
export async function headingProblems(scope: Locator): Promise<string[]> {
  const levels = await scope
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
  const problems: string[] = [];
  if (levels[0] !== 1 || levels.filter((l) => l === 1).length !== 1) {
    problems.push(`starts ${String(levels.slice(0, 3))}`);
  }
  levels.forEach((level, i) => {
    const before = levels[i - 1];
    if (before !== undefined && level > before + 1) {
      problems.push(`h${String(before)} then h${String(level)}`);
    }
  });
  return problems;
}
