// The Open Graph card (1200x630) as the element tree satori renders: the logo, a kicker, the title
// fitted to its box by the font's metrics, and a footer; result cards add a gauge of the quiz's
// bands. Pure: the caller passes the measuring function (./render.ts reads the font).
import { markPalettes, markSvg, paper } from '../brand';
import { fitTitle, type FittedTitle, type Measure } from './fit-title';

/** A quiz's result bands on a 0 to 100 gauge, and which of them this card is about. */
export interface OgBand {
  bands: { min: number; max: number }[];
  current: number;
}

/** What an Open Graph card shows. */
export interface OgCard {
  title: string;
  /** Small line above the title, e.g. the topic. */
  kicker?: string | undefined;
  /** Line at the bottom, e.g. the site name. */
  footer?: string | undefined;
  /** On a quiz result card: the band gauge. */
  band?: OgBand | undefined;
}

export const CARD = { width: 1200, height: 630 } as const;
const ink = '#221e1b';
const muted = '#5f574f';
const { warm, cool } = markPalettes.light;
/** Everything sits inside these margins; the title box never reaches the right one. */
export const MARGIN = { left: 80, right: 64, top: 56, bottom: 56 } as const;
export const TITLE_BOX = {
  width: CARD.width - MARGIN.left - MARGIN.right,
  sizes: [76, 68, 60, 54, 48],
  maxLines: 3,
  lineHeight: 1.12,
} as const;
/** Where the title box starts and how tall it is (three lines at the largest size). */
export const TITLE_TOP = 196;
export const TITLE_HEIGHT = Math.ceil(TITLE_BOX.sizes[0] * TITLE_BOX.lineHeight * 3);

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: Record<string, unknown>;
}
const el = (type: string, style: Style, children?: unknown, props: object = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/**
 * What lies behind every card, as SVG placed under satori's drawing: the paper colour and two large,
 * faint rings (the logo's two circles). They are plain paths with a fill opacity because satori
 * draws a CSS ring as a clipped border in a faded group, and resvg spent two thirds of a card's
 * rasterising time on those two layers. The renderer puts it first inside satori's SVG.
 */
export function ogBackdrop(): string {
  const circle = (cx: number, cy: number, r: number) =>
    `M${String(cx - r)},${String(cy)}a${String(r)},${String(r)} 0 1 0 ${String(2 * r)},0` +
    `a${String(r)},${String(r)} 0 1 0 ${String(-2 * r)},0Z`;
  const ring = (cx: number, colour: string) =>
    `<path fill="${colour}" fill-opacity="0.13" fill-rule="evenodd" ` +
    `d="${circle(cx, 580, 280)}${circle(cx, 580, 240)}"/>`;
  return (
    `<rect width="${String(CARD.width)}" height="${String(CARD.height)}" fill="${paper}"/>` +
    ring(1040, warm) +
    ring(1210, cool)
  );
}

function brandRow(): Node {
  const mark = `data:image/svg+xml;base64,${btoa(markSvg(markPalettes.light, 64))}`;
  return el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
    el('img', {}, undefined, { src: mark, width: 56, height: 56 }),
    el('div', { display: 'flex', fontSize: 38, fontWeight: 700, color: ink }, 'Closer'),
  ]);
}

function titleBlock({ size, lines }: FittedTitle): Node {
  return el(
    'div',
    {
      position: 'absolute',
      left: MARGIN.left,
      top: TITLE_TOP,
      width: TITLE_BOX.width,
      height: TITLE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      fontSize: size,
      fontWeight: 700,
      lineHeight: TITLE_BOX.lineHeight,
      color: ink,
    },
    // One element per measured line, never re-wrapped by satori.
    lines.map((line) => el('div', { display: 'flex', whiteSpace: 'nowrap' }, line)),
  );
}

/** The quiz's bands side by side on 0 to 100, the card's own band in full colour and marked. */
function gauge({ bands, current }: OgBand): Node {
  const width = 560;
  return el('div', { display: 'flex', flexDirection: 'column', gap: 10 }, [
    el(
      'div',
      { display: 'flex', width, height: 22, borderRadius: 11, overflow: 'hidden', gap: 4 },
      bands.map((b, i) =>
        el('div', {
          width: ((b.max - b.min + 1) / 101) * (width - 4 * (bands.length - 1)),
          height: 22,
          background: i === current ? warm : '#d9cfc3',
        }),
      ),
    ),
    el(
      'div',
      { display: 'flex', justifyContent: 'space-between', width, fontSize: 22, color: muted },
      [el('div', { display: 'flex' }, '0'), el('div', { display: 'flex' }, '100')],
    ),
  ]);
}

/** The card as the element tree satori renders (no JSX needed). */
export function ogTree(card: OgCard, measure: Measure): Node {
  const { title, kicker, footer = 'Closer', band } = card;
  const fitted = fitTitle(title, TITLE_BOX, measure);
  // Every block is placed absolutely, so a long title can never push the others around.
  const at = (style: Style) => ({
    position: 'absolute',
    left: MARGIN.left,
    display: 'flex',
    ...style,
  });
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      color: ink,
      fontFamily: 'Atkinson Hyperlegible',
      position: 'relative',
    },
    [
      el('div', at({ top: MARGIN.top, flexDirection: 'column', gap: 28 }), [
        brandRow(),
        el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: warm }, kicker ?? ' '),
      ]),
      titleBlock(fitted),
      el('div', at({ bottom: MARGIN.bottom, flexDirection: 'column', gap: 24 }), [
        ...(band ? [gauge(band)] : []),
        el('div', { display: 'flex', fontSize: 28, color: muted }, footer),
      ]),
    ],
  );
}
