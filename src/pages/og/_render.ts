// Server-only: reads the font from node_modules and hands the cards to satori and resvg on worker
// threads (./_pool.ts), so it lives beside the routes that use it, not in src/lib; the card
// layout itself is pure (src/lib/og/card.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { CARD, ogBackdrop, ogTree, type OgCard } from '../../lib/og/card';
import type { OgAssets } from '../../lib/og/cache-key';
import { sha256 } from '../../lib/hash';
import type { Measure } from '../../lib/og/fit-title';
import { configure, renderInPool } from './_pool';
// Everything that decides a card's pixels, by its source: a change to any of them redraws every
// card (tests/unit/og-cache-key.test.ts checks that the card's own imports are all listed here).
import cardSource from '../../lib/og/card.ts?raw';
import fitTitleSource from '../../lib/og/fit-title.ts?raw';
import brandSource from '../../lib/brand.ts?raw';
import renderSource from './_render.ts?raw';
import workerSource from './_og-worker.cjs?raw';

export const TEMPLATE_SOURCES: Record<string, string> = {
  'src/lib/og/card.ts': cardSource,
  'src/lib/og/fit-title.ts': fitTitleSource,
  'src/lib/brand.ts': brandSource,
  'src/pages/og/_render.ts': renderSource,
  'src/pages/og/_og-worker.cjs': workerSource,
};

const require = createRequire(import.meta.url);
interface Loaded {
  measure: Measure;
  assets: OgAssets;
}
let loaded: Promise<Loaded> | undefined;

const fontFile = (w: number) =>
  require.resolve(
    `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${w}-normal.woff`,
  );
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

async function load(): Promise<Loaded> {
  const [regular, bold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(700))]);
  const face = (data: Buffer, weight: 400 | 700) =>
    ({ name: 'Atkinson Hyperlegible', data, weight, style: 'normal' }) as const;
  configure({ ...CARD, backdrop: ogBackdrop(), fonts: [face(regular, 400), face(bold, 700)] });
  // Titles are bold: measure them with the bold face's advance widths and kerning.
  const metrics = opentype.parse(bold.buffer.slice(bold.byteOffset, bold.byteOffset + bold.length));
  const measure: Measure = (text, size) => metrics.getAdvanceWidth(text, size, { kerning: true });
  const fonts = new Uint8Array(Buffer.concat([regular, bold]));
  const assets: OgAssets = {
    template: await sha256(JSON.stringify(TEMPLATE_SOURCES)),
    fonts: await sha256(fonts),
    renderer: `satori ${versionOf('satori')}, resvg ${versionOf('@resvg/resvg-js')}`,
  };
  return { measure, assets };
}

/** The fingerprints every card key includes (template, fonts, renderer). */
export async function ogAssets(): Promise<OgAssets> {
  loaded ??= load();
  return (await loaded).assets;
}

async function tree(card: OgCard): Promise<unknown> {
  loaded ??= load();
  return ogTree(card, (await loaded).measure);
}

/** The card as SVG (satori), before rasterising. */
export async function renderOgSvg(card: OgCard): Promise<string> {
  return renderInPool(await tree(card), 'svg');
}

/** Renders a 1200x630 PNG card. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  return renderInPool(await tree(card), 'png');
}
