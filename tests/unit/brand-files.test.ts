import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandFiles } from '../../scripts/lib/brand-files.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('brand files', async () => {
  const files = await brandFiles();

  it('are committed as `npm run icons` writes them (text files byte for byte)', () => {
    for (const [path, contents] of files) {
      expect(existsSync(new URL(path, root)), `${path} missing: run npm run icons`).toBe(true);
      if (typeof contents === 'string') {
        expect(read(path).toString('utf8'), `${path} is stale: run npm run icons`).toBe(contents);
      }
    }
  });

  it('has the icon sizes the manifest and the <head> promise', () => {
    expect(pngSize(read('public/apple-touch-icon.png'))).toEqual([180, 180]);
    const manifest = JSON.parse(read('public/site.webmanifest').toString('utf8')) as {
      icons: { src: string; sizes: string }[];
    };
    for (const icon of manifest.icons) {
      const [w, h] = pngSize(read(`public${icon.src}`));
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
    const ico = read('public/favicon.ico');
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7]]).toEqual([1, 1, 32, 32]);
    expect(pngSize(ico.subarray(ico.readUInt32LE(18)))).toEqual([32, 32]);
  });

  it('draws the SVG favicon and logos for light and dark schemes, with a title', () => {
    for (const path of ['public/favicon.svg', 'src/assets/brand/logo.svg']) {
      const svg = read(path).toString('utf8');
      expect(svg).toContain('@media (prefers-color-scheme:dark)');
      expect(svg).toMatch(/<title>Closer<\/title>/);
    }
  });
});
