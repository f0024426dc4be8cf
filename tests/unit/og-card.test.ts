import { readdirSync, readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it, vi } from 'vitest';
import {
  CARD,
  TITLE_HEIGHT,
  TITLE_TOP,
  ogBackdrop,
  ogTree,
  type OgCard,
} from '../../src/lib/og/card';
import { liveWorkers, setIdleTime } from '../../src/pages/og/_pool';
import { renderOgPng, renderOgSvg } from '../../src/pages/og/_render';

const root = new URL('../../', import.meta.url);
/** The right edge no title may reach: 64 px of margin (issue 8). */
const rightLimit = 1200 - 64;

/** Every title a card can show: articles (frontmatter) and quizzes, read from content/. */
function realTitles(): string[] {
  const titleOf = (text: string) =>
    /^title:\s*(['"]?)(.+?)\1\s*$/m.exec(text)?.[2]?.replace(/''/g, "'") ?? '';
  return ['content/articles/', 'content/quizzes/'].flatMap((folder) =>
    readdirSync(new URL(folder, root))
      .filter((f) => /\.(mdx|yaml)$/.test(f))
      .map((f) => titleOf(readFileSync(new URL(folder + f, root), 'utf8'))),
  );
}

/** RGBA pixels of a rendered card. */
async function pixels(card: OgCard): Promise<Uint8Array> {
  const image = new Resvg(await renderOgSvg(card)).render();
  expect([image.width, image.height]).toEqual([CARD.width, CARD.height]);
  return image.pixels;
}

/** Where the title put ink: the pixels that differ from the same card without a title. */
async function titlePixels(card: OgCard): Promise<{ x: number; y: number }[]> {
  const [full, blank] = await Promise.all([pixels(card), pixels({ ...card, title: '' })]);
  const found: { x: number; y: number }[] = [];
  // Summed over R, G and B: more than anti-aliasing noise, less than the faintest glyph edge.
  const channel = (i: number) => Math.abs((full[i] ?? 0) - (blank[i] ?? 0));
  for (let i = 0; i < full.length; i += 4) {
    if (channel(i) + channel(i + 1) + channel(i + 2) > 24) {
      found.push({ x: (i / 4) % CARD.width, y: Math.floor(i / 4 / CARD.width) });
    }
  }
  return found;
}

const synthetic =
  'When one of you wants to talk it all through tonight and the other needs a long quiet walk first, what then?';

describe('Open Graph card', () => {
  const longest = realTitles().reduce((a, b) => (b.length > a.length ? b : a), '');

  it('reads the real titles from content/', () => {
    expect(realTitles().length).toBeGreaterThanOrEqual(8);
    expect(longest.length).toBeGreaterThan(40);
  });

  it.each([
    ['the longest real title', longest],
    ['a 120-character synthetic title', synthetic.padEnd(120, ' and then?').slice(0, 120)],
    ['an unbroken 120-character string', 'Closeness'.repeat(14).slice(0, 120)],
  ])('keeps %s inside its box, clear of the right margin', async (_name, title) => {
    const ink = await titlePixels({ title, kicker: 'Intimacy and closeness', footer: 'Closer' });
    expect(ink.length, 'the title drew nothing').toBeGreaterThan(1000);
    const xs = ink.map((p) => p.x);
    const ys = ink.map((p) => p.y);
    expect(Math.max(...xs)).toBeLessThan(rightLimit);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(64);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(TITLE_TOP);
    expect(Math.max(...ys)).toBeLessThanOrEqual(TITLE_TOP + TITLE_HEIGHT);
  });

  it('keeps a result card title above its band gauge', async () => {
    const card: OgCard = {
      title: 'Some distance between you, and a longer band title to wrap it',
      kicker: 'Closeness quiz result',
      band: {
        bands: [
          { min: 0, max: 39 },
          { min: 40, max: 59 },
          { min: 60, max: 100 },
        ],
        current: 1,
      },
    };
    const ink = await titlePixels(card);
    expect(Math.max(...ink.map((p) => p.y))).toBeLessThanOrEqual(TITLE_TOP + TITLE_HEIGHT);
    expect(Math.max(...ink.map((p) => p.x))).toBeLessThan(rightLimit);
  });

  it("puts the logo on every card and colours the card's own band on result cards", () => {
    const measure = (text: string, size: number) => text.length * size * 0.5;
    const nodes = (n: unknown): { type: string; props: Record<string, unknown> }[] => {
      const node = n as { type: string; props: { children?: unknown } };
      const kids = [node.props.children].flat().filter((c) => typeof c === 'object' && c);
      return [node, ...kids.flatMap(nodes)];
    };
    const plain = nodes(ogTree({ title: 'A title' }, measure));
    expect(plain.filter((n) => n.type === 'img').map((n) => String(n.props.src))).toEqual([
      expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    ]);
    const bands = [
      { min: 0, max: 39 },
      { min: 40, max: 69 },
      { min: 70, max: 100 },
    ];
    const result = nodes(
      ogTree({ title: 'On solid ground', band: { bands, current: 2 } }, measure),
    );
    const segments = result.filter((n) => {
      const style = n.props.style as { height?: number; background?: string };
      return style.height === 22 && style.background;
    });
    expect(segments.map((n) => (n.props.style as { background: string }).background)).toEqual([
      '#d9cfc3',
      '#d9cfc3',
      '#a2412f',
    ]);
  });

  it('draws the backdrop first, under every layer satori drew', async () => {
    const svg = await renderOgSvg({ title: 'A title', kicker: 'Trust' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.indexOf(ogBackdrop())).toBe(svg.indexOf('>') + 1);
    // The corner is paper, and a ring shows where the backdrop draws one.
    const image = new Resvg(svg).render();
    const at = (x: number, y: number) => [
      ...image.pixels.subarray((y * CARD.width + x) * 4, (y * CARD.width + x) * 4 + 3),
    ];
    expect(at(5, 5)).toEqual([0xfc, 0xfa, 0xf7]);
    expect(at(1040 - 260, 580)).not.toEqual([0xfc, 0xfa, 0xf7]);
  });

  it('encodes the PNG with exactly the pixels resvg drew', async () => {
    const card: OgCard = { title: 'Small steps back towards each other', kicker: 'Closeness' };
    const [svg, png] = await Promise.all([renderOgSvg(card), renderOgPng(card)]);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // resvg decodes the PNG as an image filling a card-sized SVG: a lossless encoder gives back
    // every pixel it was handed.
    const wrapped =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${String(CARD.width)}" height="${String(CARD.height)}">` +
      `<image width="${String(CARD.width)}" height="${String(CARD.height)}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
    const decoded = new Resvg(wrapped).render().pixels;
    const drawn = new Resvg(svg).render().pixels;
    expect(decoded.length).toBe(drawn.length);
    expect(Buffer.compare(Buffer.from(decoded), Buffer.from(drawn))).toBe(0);
  });
});

describe('the Open Graph renderer threads', () => {
  it('end when idle, and a later card starts one again', async () => {
    setIdleTime(50);
    try {
      await renderOgPng({ title: 'Awake', kicker: 'Trust' });
      expect(liveWorkers()).toBeGreaterThan(0);
      await vi.waitFor(() => {
        expect(liveWorkers()).toBe(0);
      });
      const png = await renderOgPng({ title: 'Awake again', kicker: 'Trust' });
      expect(png.length).toBeGreaterThan(1000);
    } finally {
      setIdleTime(60_000);
    }
  });
});
