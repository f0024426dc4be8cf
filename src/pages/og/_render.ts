// Build-time only: reads the bundled font from node_modules and runs satori and resvg, so it lives
// beside the routes that use it, not in src/lib; the card layout itself is pure (src/lib/og/card.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { ogTree, type OgCard } from '../../lib/og/card';

const require = createRequire(import.meta.url);
let fonts:
  Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  const file = (w: number) =>
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${w}-normal.woff`,
    );
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Atkinson Hyperlegible',
      data: await readFile(file(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Renders a 1200x630 PNG card. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(ogTree(card), {
    width: 1200,
    height: 630,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
