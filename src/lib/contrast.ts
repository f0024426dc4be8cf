// WCAG 2.x contrast of sRGB colours written as CSS hex (#rgb, #rgba, #rrggbb, #rrggbbaa).

export type Rgba = [number, number, number, number];

/** Parses a CSS hex colour; alpha is 0 to 1. Throws on anything else, so a typo fails loudly. */
export function parseHex(hex: string): Rgba {
  const digits = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim())?.[1];
  if (!digits) throw new Error(`not a hex colour: ${hex}`);
  const full = digits.length <= 4 ? digits.replace(/./g, (d) => d + d) : digits;
  const bytes = full.match(/../g)?.map((b) => parseInt(b, 16)) ?? [];
  const [r = 0, g = 0, b = 0, a = 255] = bytes;
  return [r, g, b, a / 255];
}

/** A translucent colour painted over an opaque one, as the browser composites it. */
export function over(top: string, base: string): Rgba {
  const [r, g, b, a] = parseHex(top);
  const [br, bg, bb] = parseHex(base);
  const mix = (t: number, u: number) => Math.round(t * a + u * (1 - a));
  return [mix(r, br), mix(g, bg), mix(b, bb), 1];
}

/** Relative luminance, WCAG 2.x definition. */
export function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
