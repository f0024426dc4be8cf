// Every file of the favicon set and the logo, rendered from the mark in src/lib/brand.ts (PNGs by
// resvg, the wordmark's letters outlined by satori from the font the Open Graph cards use).
// scripts/brand-icons.ts writes them; tests/unit/brand-files.test.ts checks the committed copies.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import {
  adaptiveMarkCss,
  ink,
  markCss,
  markPalettes,
  markShapes,
  paper,
} from '../../src/lib/brand.ts';

const require = createRequire(import.meta.url);
const inkDark = '#eee8e1';
const name = 'Closer';

/** The mark in a square of `size` px on paper, scaled so its rings span `share` of the width. */
function iconSvg(size: number, share: number): string {
  // The rings span 30 of the mark's 32 units; centre them in the square.
  const scale = (size * share) / 30;
  const offset = (size - 32 * scale) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">` +
    `<style>${markCss(markPalettes.light)}</style><rect width="${size}" height="${size}" fill="${paper}"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${markShapes}</g></svg>`
  );
}

const png = (svg: string) => Buffer.from(new Resvg(svg).render().asPng());

/** An .ico file holding one PNG image (supported by every browser that still asks for .ico). */
function icoFromPng(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // where the image starts
  return Buffer.concat([header, image]);
}

/** The outlines of the site name in Atkinson Hyperlegible Bold, and their bounding box. */
async function wordmarkOutline(): Promise<{ d: string; box: [number, number, number, number] }> {
  const font = await readFile(
    require.resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff'),
  );
  const svg = await satori(
    {
      type: 'div',
      props: { style: { display: 'flex', fontSize: 100, fontWeight: 700 }, children: name },
    },
    {
      width: 600,
      height: 200,
      fonts: [{ name: 'Atkinson', data: font, weight: 700, style: 'normal' }],
    },
  );
  const d = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join('');
  const round = d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  const numbers = (round.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { d: round, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

/** Mark plus name, 32 units high: the letters are 17 units tall and centred on the rings. */
async function logoSvg(): Promise<string> {
  const { d, box } = await wordmarkOutline();
  const [x0, y0, x1, y1] = box;
  const scale = 17 / (y1 - y0);
  const left = 32 + 7;
  const width = Math.ceil(left + (x1 - x0) * scale + 1);
  const tx = (left - x0 * scale).toFixed(2);
  const ty = (16 - ((y0 + y1) / 2) * scale).toFixed(2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 32" width="${width * 4}" height="128" role="img">` +
    `<title>${name}</title><style>${adaptiveMarkCss}.t{fill:${ink}}` +
    `@media (prefers-color-scheme:dark){.t{fill:${inkDark}}}</style>${markShapes}` +
    `<path class="t" transform="translate(${tx} ${ty}) scale(${scale.toFixed(4)})" d="${d}"/></svg>\n`
  );
}

const markFile =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">` +
  `<title>${name}</title><style>${adaptiveMarkCss}</style>${markShapes}</svg>\n`;

const manifest = {
  name,
  short_name: name,
  description: 'Plain, sourced relationship advice and private quizzes.',
  start_url: '/',
  display: 'browser',
  background_color: paper,
  theme_color: paper,
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/** Path (from the project root) to contents, for every brand file. */
export async function brandFiles(): Promise<Map<string, string | Buffer>> {
  return new Map<string, string | Buffer>([
    ['public/favicon.svg', markFile],
    ['public/favicon.ico', icoFromPng(png(iconSvg(32, 1)), 32)],
    ['public/apple-touch-icon.png', png(iconSvg(180, 0.7))],
    ['public/icon-192.png', png(iconSvg(192, 0.75))],
    ['public/icon-512.png', png(iconSvg(512, 0.75))],
    // Maskable icons are cropped to a circle of 80% of the width: keep the rings inside it.
    ['public/icon-maskable-512.png', png(iconSvg(512, 0.62))],
    ['public/site.webmanifest', `${JSON.stringify(manifest, null, 2)}\n`],
    ['src/assets/brand/logo-mark.svg', markFile],
    ['src/assets/brand/logo.svg', await logoSvg()],
  ]);
}
