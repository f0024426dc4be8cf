// The cache key of an Open Graph card: a hash of everything that decides its pixels. Two cards
// with the same key are the same image, so a build copies a cached PNG instead of drawing it again.
import type { OgCard } from './card';

/**
 * Fingerprints of what draws every card: the layout code (card, title fitting, logo), the font
 * files, and the renderer (satori and resvg versions and options). Any change redraws every card.
 */
export interface OgAssets {
  template: string;
  fonts: string;
  renderer: string;
}

/** Bump when the key's own layout changes, so that old cache files are never read as new ones. */
const KEY_FORMAT = 1;

/** The card's visible inputs in a fixed order; an absent field and an undefined one are the same. */
function cardFields(card: OgCard): unknown[] {
  const band = card.band
    ? [card.band.current, card.band.bands.map(({ min, max }) => [min, max])]
    : null;
  return [card.title, card.kicker ?? null, card.footer ?? null, band];
}

/** Lower-case hex SHA-256 of a text (Web Crypto: the same in Node and in tests). */
export async function sha256(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The key of `card` drawn with `assets`: changes when, and only when, one of them changes. */
export function ogCacheKey(card: OgCard, assets: OgAssets): Promise<string> {
  const { template, fonts, renderer } = assets;
  return sha256(JSON.stringify([KEY_FORMAT, cardFields(card), template, fonts, renderer]));
}
