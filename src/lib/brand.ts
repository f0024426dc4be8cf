// The logo mark: two overlapping rings, the overlap filled with a colour between theirs. One source for the favicon set, the
// logo files and the Open Graph cards. A leaf module (no imports), so scripts/ can import it too.

export interface MarkPalette {
  /** The left ring. */
  warm: string;
  /** The right ring. */
  cool: string;
  /** The overlap: where the two colours meet. */
  blend: string;
}

/** The rings take the accent and link colours of tokens.css, light and dark. */
export const markPalettes = {
  light: { warm: '#a2412f', cool: '#1a5f70', blend: '#5b3a4a' },
  dark: { warm: '#ec9a86', cool: '#86cbd9', blend: '#cfa3bd' },
} as const satisfies Record<string, MarkPalette>;

/** Paper and ink of the light scheme, for icons that need an opaque background. */
export const paper = '#fcfaf7';
export const ink = '#221e1b';

// On a 32-unit square: two rings of radius 9 whose centres are 9 apart, so they overlap by half a
// ring; a 3-unit stroke stays 1.5 px wide at 16 px, the smallest size a favicon is shown at.
const r = 9;
const half = 4.5;
const lensY = Math.sqrt(r * r - half * half);
const top = (16 - lensY).toFixed(3);
const bottom = (16 + lensY).toFixed(3);

/** The mark's shapes for a 32x32 viewBox, coloured by class (w: warm, c: cool, f: blend). */
export const markShapes =
  `<circle class="c" cx="${16 + half}" cy="16" r="${r}" fill="none" stroke-width="3"/>` +
  `<circle class="w" cx="${16 - half}" cy="16" r="${r}" fill="none" stroke-width="3"/>` +
  `<path class="f" d="M16 ${top}A${r} ${r} 0 0 1 16 ${bottom}A${r} ${r} 0 0 1 16 ${top}Z"/>`;

/** CSS for the mark's classes in one palette. */
export const markCss = ({ warm, cool, blend }: MarkPalette) =>
  `.w{stroke:${warm}}.c{stroke:${cool}}.f{fill:${blend}}`;

/** CSS that follows the reader's colour scheme (works in <img> and as a favicon). */
export const adaptiveMarkCss =
  markCss(markPalettes.light) + `@media (prefers-color-scheme:dark){${markCss(markPalettes.dark)}}`;

/** The mark alone as an SVG document in fixed colours (for renderers without media queries). */
export function markSvg(palette: MarkPalette = markPalettes.light, size = 32): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">` +
    `<style>${markCss(palette)}</style>${markShapes}</svg>`
  );
}
