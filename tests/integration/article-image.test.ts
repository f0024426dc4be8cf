import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureBuilds, type FixtureBuild } from './support/fixture-build';

// An editor's own image (frontmatter `image`) goes through astro:assets: AVIF with a WebP fallback
// at the widths phones and screens need, width and height set, fetched first only as the hero.
// The fixture article carries a 1600 px PNG rendered from one of our drawings.

let build: FixtureBuild;
const html = (path: string) =>
  readFileSync(join(build.dir, 'dist/client', path, 'index.html'), 'utf8');
const fileSize = (url: string) => statSync(join(build.dir, 'dist/client', url)).size;

// Attribute values may hold ">" (sizes="(width >= 64rem) …"), so a tag ends at the first ">"
// outside quotes.
const attrs = String.raw`((?:[^>"]|"[^"]*")*)`;

/** The `<picture>` elements of a page, with their sources and their image's attributes. */
function pictures(page: string) {
  return [...page.matchAll(new RegExp(`<picture${attrs}>(.*?)</picture>`, 'gs'))].map(
    ([, , inner = '']) => ({
      sources: [...inner.matchAll(new RegExp(`<source${attrs}>`, 'g'))].map(([, a = '']) => a),
      img: new RegExp(`<img${attrs}>`).exec(inner)?.[1] ?? '',
    }),
  );
}

/** Each URL of a srcset with its width descriptor. */
const srcset = (tag: string) =>
  [...(/srcset="([^"]*)"/.exec(tag)?.[1] ?? '').split(',')].map((c) => {
    const [url = '', width = ''] = c.trim().split(/\s+/);
    return { url: url.replaceAll('&amp;', '&'), width: Number.parseInt(width, 10) };
  });

beforeAll(() => {
  build = buildFixture();
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
}, 180_000);
afterAll(removeFixtureBuilds);

describe('an article with its own image', () => {
  it('shows it as the hero: AVIF and WebP at phone-to-desktop widths, alt from the frontmatter', () => {
    const [hero, ...others] = pictures(html('advice/with-own-image'));
    expect(hero).toBeDefined();
    if (!hero) return;
    expect(hero.sources).toHaveLength(1);
    expect(hero.sources[0]).toContain('type="image/avif"');
    const avif = srcset(hero.sources[0] ?? '');
    expect(avif.map((c) => c.width)).toEqual([390, 640, 800, 1200]);
    const webp = srcset(hero.img);
    expect(webp.every((c) => c.url.endsWith('.webp'))).toBe(true);
    expect(hero.img).toMatch(/alt="Two overlapping circles, one deep rose/);
    expect(hero.img).toMatch(/width="\d+"/);
    expect(hero.img).toMatch(/height="\d+"/);
    expect(hero.img).toContain('fetchpriority="high"');
    expect(hero.img).not.toContain('loading="lazy"');
    // The quiz in the rail and prompt use drawings; no other picture is fetched first.
    for (const p of others) expect(p.img).not.toContain('fetchpriority');
  });

  it('keeps the phone-sized hero within 60 KB in each format', () => {
    const [hero] = pictures(html('advice/with-own-image'));
    const files = [...srcset(hero?.sources[0] ?? ''), ...srcset(hero?.img ?? '')].filter(
      (c) => c.width <= 400,
    );
    expect(files).toHaveLength(2);
    for (const f of files) expect(fileSize(f.url)).toBeLessThanOrEqual(60 * 1024);
  });

  it('is the thumbnail of its cards, lazily loaded and within 12 KB', () => {
    // On the front page it is one of the latest articles (the lead is the newest fixture).
    const thumbs = pictures(html('')).filter((p) => p.img.includes('class="thumb'));
    expect(thumbs).toHaveLength(1);
    const [thumb] = thumbs;
    expect(thumb?.img).toContain('loading="lazy"');
    expect(thumb?.img).not.toContain('fetchpriority');
    const candidates = [...srcset(thumb?.sources[0] ?? ''), ...srcset(thumb?.img ?? '')];
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    for (const c of candidates) expect(fileSize(c.url)).toBeLessThanOrEqual(12 * 1024);
  });

  it('leaves the other articles on their topic drawing (an SVG, no picture element)', () => {
    const page = html('advice/sample-closeness');
    expect(page).toMatch(/<img class="hero" src="\/_astro\/topic-intimacy\.[\w-]+\.svg"/);
  });
});
