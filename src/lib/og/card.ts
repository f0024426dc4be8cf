/** What an Open Graph card shows. */
export interface OgCard {
  title: string;
  /** Small line above the title, e.g. the topic. */
  kicker?: string | undefined;
  /** Line at the bottom, e.g. the site name. */
  footer?: string | undefined;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Shrinks long titles so that they fit three lines of the 1200x630 card. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 62;
  return 50;
}

/** The card as the element tree satori renders (no JSX needed). */
export function ogTree({ title, kicker, footer = 'Closer' }: OgCard): Node {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#fdfbf8',
      color: '#24211e',
      borderLeft: '24px solid #9c3d2e',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      el('div', { display: 'flex', fontSize: 32, color: '#8a3326' }, kicker ?? ' '),
      el(
        'div',
        { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 },
        title,
      ),
      el('div', { display: 'flex', fontSize: 30, color: '#5c554d' }, footer),
    ],
  );
}
