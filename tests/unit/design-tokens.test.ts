import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseHex, type Rgba } from '../../src/lib/contrast';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** The colour tokens of one :root block, by name without the --color- prefix. */
function colours(block: string): Map<string, string> {
  const found = [...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]+)/gi)];
  return new Map(found.map(([, name = '', value = '']) => [name, value]));
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = colours(css.slice(0, darkStart));
const dark = new Map([...light, ...colours(css.slice(darkStart, css.indexOf('}', darkStart)))]);

/** A token as painted on the page background (tints are translucent). */
function painted(scheme: Map<string, string>, name: string): Rgba {
  const value = scheme.get(name);
  if (!value) throw new Error(`no token --color-${name}`);
  return over(value, scheme.get('bg') ?? '#fff');
}

const surfaces = ['bg', 'surface', 'raised'];
const tints = ['note', 'tip', 'important', 'example', 'accent-soft'];
/** [foreground, backgrounds, minimum]: 4.5:1 for text, 3:1 for UI edges and focus rings. */
const pairs: [string, string[], number][] = [
  ['text', [...surfaces, ...tints], 4.5],
  ['muted', [...surfaces, ...tints], 4.5],
  ['link', [...surfaces, ...tints], 4.5],
  ['accent', surfaces, 4.5],
  ['accent-text', ['accent', 'accent-strong'], 4.5],
  ['border-strong', surfaces, 3],
  // The focus ring is drawn 2 px outside the control, so it sits on the page, not on the control.
  ['focus', surfaces, 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('colour tokens (%s)', (_name, scheme) => {
  it.each(pairs)('%s has enough contrast on %j', (fg, backgrounds, minimum) => {
    for (const bg of backgrounds) {
      const ratio = contrastRatio(painted(scheme, fg), painted(scheme, bg));
      expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
    }
  });
});

describe('design tokens', () => {
  it('reads every colour of both schemes from tokens.css', () => {
    expect(light.size).toBeGreaterThanOrEqual(15);
    expect([...light.keys()]).toEqual(expect.arrayContaining(['bg', 'text', 'link', 'focus']));
    expect(dark.get('bg')).not.toBe(light.get('bg'));
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseHex('#777'), parseHex('#fff'))).toBeLessThan(4.5);
  });

  it('composites a translucent colour over its background', () => {
    expect(over('#00000080', '#ffffff')).toEqual([127, 127, 127, 1]);
    expect(over('#12345678', '#123456')).toEqual([18, 52, 86, 1]);
    expect(over('#abc', '#000')).toEqual(parseHex('#aabbcc'));
  });

  it('rejects what is not a hex colour', () => {
    expect(() => parseHex('rgb(0 0 0)')).toThrow(/not a hex colour/);
    expect(() => parseHex('#12345')).toThrow(/not a hex colour/);
  });
});
