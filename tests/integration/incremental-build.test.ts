import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { approveOneTip } from '../../scripts/bench/scale/approve-tip.mjs';
import { buildSite, copySite, removeCopies, replaceIn } from './support/site-copy';

// Astro's incremental build copies a page from the previous build when its cacheKey is unchanged
// (src/data/page-keys.ts). These builds check that a change shows on every page that shows it.
const site = copySite();
afterAll(removeCopies);

/** Builds the copy; returns the article pages Astro copied from the previous build. */
function build(): string[] {
  return buildIndexed().cached;
}

/** The same, with the search index (kept in the copy's cache): also what the build printed. */
function buildIndexed(env: Record<string, string> = { SEARCH_INDEX: 'off' }) {
  const { status, output } = buildSite(site.dir, env);
  expect(status, output).toBe(0);
  const cached = [
    ...output.matchAll(/\/advice\/([^/]+)\/index\.html\s*\((?:cached|restored)\)/g),
  ].map((m) => m[1] ?? '');
  return { cached, output };
}
const INDEXED = {};

const page = (slug: string) =>
  readFileSync(join(site.dir, `dist/client/advice/${slug}/index.html`), 'utf8');

describe('an incremental rebuild', () => {
  it('copies every article page when nothing changed, with the images it shows', () => {
    expect(buildIndexed(INDEXED).output).toMatch(/search index of \d+ records written/);
    const again = buildIndexed(INDEXED);
    expect(again.cached.sort()).toEqual(['sample-closeness', 'second-sample', 'with-own-image']);
    expect(again.output).toMatch(/search index of \d+ records copied .* and 0 reader tips indexed/);
    const images = [...page('with-own-image').matchAll(/\/_astro\/[^"' ,]+\.(?:avif|webp|png)/g)];
    expect(images.length).toBeGreaterThan(0);
    for (const [url] of images)
      expect(existsSync(join(site.dir, 'dist/client', url)), url).toBe(true);
  }, 300_000);

  it('renders the page of an article that got an approved tip, and only that one', () => {
    approveOneTip(site.content, 'sample-closeness');
    const { cached, output } = buildIndexed(INDEXED);
    expect(cached.sort()).toEqual(['second-sample', 'with-own-image']);
    expect(page('sample-closeness')).toContain('We put our phones in a drawer');
    // The article index is copied from the last build: only the tips index is written.
    expect(output).toMatch(/search index of \d+ records copied .* and 1 reader tips indexed/);
    expect(existsSync(join(site.dir, 'dist/client/pagefind/tips/pagefind-entry.json'))).toBe(true);
    expect(page('second-sample')).not.toContain('We put our phones in a drawer');
  }, 300_000);

  it('renders the pages that link to an article whose title changed', () => {
    replaceIn(
      join(site.content, 'articles/second-sample.mdx'),
      /^title: .*$/m,
      'title: A renamed second sample',
    );
    expect(build()).toEqual([]);
    expect(page('sample-closeness')).toContain('A renamed second sample');
  }, 300_000);

  it('renders every article page when a topic changes (navigation, breadcrumbs)', () => {
    replaceIn(join(site.content, 'topics/trust.yaml'), /^title: .*$/m, 'title: Trust, renamed');
    expect(build()).toEqual([]);
    expect(page('second-sample')).toContain('Trust, renamed');
  }, 300_000);
});
