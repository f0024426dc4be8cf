import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogCacheKey, type OgAssets } from '../../src/lib/og/cache-key';
import { sha256 } from '../../src/lib/hash';
import type { OgCard } from '../../src/lib/og/card';
import { TEMPLATE_SOURCES, ogAssets } from '../../src/pages/og/_render';

const root = resolve(import.meta.dirname, '../..');
const assets: OgAssets = { template: 't1', fonts: 'f1', renderer: 'r1' };
const card: OgCard = {
  title: 'Why small promises matter',
  kicker: 'Trust',
  footer: 'Closer',
  band: {
    bands: [
      { min: 0, max: 49 },
      { min: 50, max: 100 },
    ],
    current: 1,
  },
};

describe('the OG cache key', () => {
  it('is the same for the same card and assets, whatever the order of the fields', async () => {
    const reordered: OgCard = {
      band: {
        current: 1,
        bands: [
          { max: 49, min: 0 },
          { max: 100, min: 50 },
        ],
      },
      footer: 'Closer',
      kicker: 'Trust',
      title: 'Why small promises matter',
    };
    expect(await ogCacheKey(reordered, { renderer: 'r1', fonts: 'f1', template: 't1' })).toBe(
      await ogCacheKey(card, assets),
    );
  });

  it('treats an absent field and an undefined one alike', async () => {
    expect(await ogCacheKey({ title: 'A', kicker: undefined }, assets)).toBe(
      await ogCacheKey({ title: 'A' }, assets),
    );
  });

  const changes: [string, OgCard, OgAssets][] = [
    ['title', { ...card, title: 'Why small promises matter!' }, assets],
    ['kicker', { ...card, kicker: 'Communication' }, assets],
    ['kicker removed', { ...card, kicker: undefined }, assets],
    ['footer', { ...card, footer: 'Closer · quiz' }, assets],
    ['band shown', { ...card, band: { bands: card.band?.bands ?? [], current: 0 } }, assets],
    [
      'band limits',
      {
        ...card,
        band: {
          bands: [
            { min: 0, max: 39 },
            { min: 40, max: 100 },
          ],
          current: 1,
        },
      },
      assets,
    ],
    ['band removed', { ...card, band: undefined }, assets],
    ['template', card, { ...assets, template: 't2' }],
    ['fonts', card, { ...assets, fonts: 'f2' }],
    ['renderer', card, { ...assets, renderer: 'r2' }],
  ];
  it.each(changes)('changes with the %s', async (_, changed, changedAssets) => {
    expect(await ogCacheKey(changed, changedAssets)).not.toBe(await ogCacheKey(card, assets));
  });

  it('keeps fields apart: moving text from one field to another is a change', async () => {
    expect(await ogCacheKey({ title: 'A', kicker: 'B' }, assets)).not.toBe(
      await ogCacheKey({ title: 'B', kicker: 'A' }, assets),
    );
  });
});

/** Local modules `file` imports, and theirs, as paths from the repository root. */
function localImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(join(root, file), 'utf8');
  for (const [, spec] of text.matchAll(/^import (?!type\b)[^;]*? from '(\.[^']+)'/gm)) {
    const base = join(dirname(file), spec ?? '');
    const path = /\.[cm]?[jt]s$/.test(base) ? base : `${base}.ts`;
    if (!seen.has(path)) {
      seen.add(path);
      localImports(path, seen);
    }
  }
  return seen;
}

describe('the assets every card key includes', () => {
  it('fingerprint the source of every module the card layout imports', () => {
    const needed = localImports('src/lib/og/card.ts');
    needed.add('src/lib/og/card.ts');
    for (const file of needed) expect(Object.keys(TEMPLATE_SOURCES)).toContain(relative('', file));
  });

  it('are the files as they are on disk', () => {
    for (const [file, source] of Object.entries(TEMPLATE_SOURCES)) {
      expect(source, file).toBe(readFileSync(join(root, file), 'utf8'));
    }
  });

  it('hash the font files byte for byte', async () => {
    const require = createRequire(import.meta.url);
    const font = (w: number) =>
      readFileSync(
        require.resolve(
          `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${String(w)}-normal.woff`,
        ),
      );
    const bytes = new Uint8Array(Buffer.concat([font(400), font(700)]));
    expect((await ogAssets()).fonts).toBe(await sha256(bytes));
  });
});
