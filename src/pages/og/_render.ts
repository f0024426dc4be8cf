// Build-time only: reads the bundled font from node_modules and runs satori and resvg, so it lives
// beside the routes that use it, not in src/lib; the card layout itself is pure (src/lib/og/card.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { CARD, ogTree, type OgCard } from '../../lib/og/card';
import type { Measure } from '../../lib/og/fit-title';

const require = createRequire(import.meta.url);
interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}
let fonts: Promise<{ satori: Font[]; measure: Measure }> | undefined;

function loadFonts() {
  const file = (w: number) =>
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${w}-normal.woff`,
    );
  fonts ??= (async () => {
    const [regular, bold] = await Promise.all([readFile(file(400)), readFile(file(700))]);
    const face = (data: Buffer, weight: 400 | 700): Font => ({
      name: 'Atkinson Hyperlegible',
      data,
      weight,
      style: 'normal',
    });
    const loaded = [face(regular, 400), face(bold, 700)];
    // Titles are bold: measure them with the bold face's advance widths and kerning.
    const metrics = opentype.parse(
      bold.buffer.slice(bold.byteOffset, bold.byteOffset + bold.length),
    );
    const measure: Measure = (text, size) => metrics.getAdvanceWidth(text, size, { kerning: true });
    return { satori: loaded, measure };
  })();
  return fonts;
}

/** The card as SVG (satori), before rasterising. */
export async function renderOgSvg(card: OgCard): Promise<string> {
  const { satori: fontList, measure } = await loadFonts();
  return satori(ogTree(card, measure), { ...CARD, fonts: fontList });
}

/** Renders a 1200x630 PNG card. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  const svg = await renderOgSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
}
