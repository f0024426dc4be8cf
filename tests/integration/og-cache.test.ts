import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, removeCopies, replaceIn } from './support/site-copy';

// One copy of the site, built five times in a row: the cache carries over from one build to the next.
const site = copySite();
afterAll(removeCopies);

/**
 * Builds the copy and reads the OG report line ("OG images: N rendered, M from cache"). `--force`
 * makes Astro ignore its own incremental build cache, so that every card comes through ours.
 */
function build(...args: string[]) {
  // No search index: it plays no part here and is the slowest step.
  const { status, output } = buildSite(site.dir, { SEARCH_INDEX: 'off' }, args);
  expect(status, output).toBe(0);
  const line = /OG images: (\d+) rendered, (\d+) from cache(?:, (\d+) unchanged)?/.exec(output);
  expect(line, output).not.toBeNull();
  const [rendered = 0, fromCache = 0, kept = 0] = (line ?? [])
    .slice(1)
    .map(Number)
    .map((n) => n || 0);
  return { rendered, fromCache, total: rendered + fromCache + kept };
}

/** Every built card's bytes, by path under og/. */
function cards(): Map<string, string> {
  const dir = join(site.dir, 'dist/client/og');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.png'),
  );
  return new Map(files.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

/** The cards whose bytes differ between two builds. */
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([f, bytes]) => before.get(f) !== bytes).map(([f]) => f);

describe('Open Graph images across builds', () => {
  let first: ReturnType<typeof build>;
  let firstCards: Map<string, string>;

  it('draws every card on the first build', () => {
    first = build();
    firstCards = cards();
    expect(first.total).toBe(firstCards.size);
    expect(first.rendered).toBe(first.total);
  }, 300_000);

  it('draws none when nothing changed, and the cards stay byte for byte the same', () => {
    const second = build();
    expect(second.rendered).toBe(0);
    expect(second.total).toBe(first.total);
    expect(changed(firstCards, cards())).toEqual([]);
  }, 300_000);

  it('copies every card from its cache when Astro rebuilds every page', () => {
    const forced = build('--force');
    expect(forced).toMatchObject({ rendered: 0, fromCache: first.total });
    expect(changed(firstCards, cards())).toEqual([]);
  }, 300_000);

  it('draws exactly the card of an article whose title changed', () => {
    replaceIn(
      join(site.content, 'articles/second-sample.mdx'),
      /^title: .*$/m,
      'title: A second sample article, renamed',
    );
    const before = cards();
    const third = build('--force');
    expect(third).toMatchObject({ rendered: 1, fromCache: first.total - 1 });
    expect(changed(before, cards())).toEqual(['advice/second-sample.png']);
  }, 300_000);

  it('draws every card again when the card template changes', () => {
    // A change to the layout code, even one that draws nothing different, must not be trusted.
    replaceIn(join(site.dir, 'src/lib/og/card.ts'), /^/, '// template edited\n');
    const fourth = build();
    expect(fourth.rendered).toBe(first.total);
  }, 300_000);
});
