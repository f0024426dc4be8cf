// The cache key of an Open Graph card: a hash of everything that decides its pixels. Two cards
// with the same key are the same image, so a build copies a cached PNG instead of drawing it again.
import type { OgCard } from './card';
import { sha256 } from '../hash';

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

/** The key of `card` drawn with `assets`: changes when, and only when, one of them changes. */
export function ogCacheKey(card: OgCard, assets: OgAssets): Promise<string> {
  const { template, fonts, renderer } = assets;
  return sha256(JSON.stringify([KEY_FORMAT, cardFields(card), template, fonts, renderer]));
}
