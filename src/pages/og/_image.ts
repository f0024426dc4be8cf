// Open Graph PNGs through a persistent cache: each card is keyed by what decides its pixels
// (src/lib/og/cache-key.ts), kept in `<cacheDir>/closer-og/<key>.png`, and drawn only when its
// key is new. In a build, the routes list their cards first (getStaticPaths); the missing ones
// start drawing on the worker pool at once, while Astro renders the HTML pages.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ogCacheKey } from '../../lib/og/cache-key';
import type { OgCard } from '../../lib/og/card';
import { ogBuildState } from '../../lib/og/build-state';
import { ogAssets, renderOgPng } from './_render';

/** Cards being drawn in this process, by key; each resolves once its file is in the cache. */
const drawing = new Map<string, Promise<void>>();

function cacheFile(key: string): string {
  const dir = ogBuildState().cacheDir ?? path.resolve('node_modules/.cache/closer-og');
  return path.join(dir, `${key}.png`);
}

/** Draws the card and stores it: written under a temporary name first, so no reader sees half a file. */
async function draw(key: string, card: OgCard): Promise<void> {
  const png = await renderOgPng(card);
  const file = cacheFile(key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.${String(process.pid)}.tmp`, png);
  await rename(`${file}.${String(process.pid)}.tmp`, file);
  ogBuildState().rendered += 1;
}

function drawOnce(key: string, card: OgCard): Promise<void> {
  let job = drawing.get(key);
  if (!job) {
    job = draw(key, card);
    drawing.set(key, job);
  }
  return job;
}

export interface KeyedCard {
  card: OgCard;
  key: string;
}

/**
 * The cards of one route with their cache keys. In a build this also starts drawing every card
 * the cache lacks, so that the images are ready, or nearly, when Astro asks for them.
 */
export async function keyCards(cards: OgCard[]): Promise<KeyedCard[]> {
  const assets = await ogAssets();
  const state = ogBuildState();
  const keyed = await Promise.all(
    cards.map(async (card) => ({ card, key: await ogCacheKey(card, assets) })),
  );
  for (const { card, key } of keyed) {
    state.keys.add(key);
    state.listed += 1;
    // In dev, a card is drawn when a page asks for it; drawing all of them would only slow things.
    if (!import.meta.env.DEV && !existsSync(cacheFile(key)))
      void drawOnce(key, card).catch(() => undefined);
  }
  return keyed;
}

/** getStaticPaths entries of an OG route: each card keyed, its key also Astro's `cacheKey`. */
export async function cardPaths<P extends Record<string, string>>(
  items: { params: P; card: OgCard }[],
) {
  const keyed = await keyCards(items.map((i) => i.card));
  return items.map(({ params }, i) => {
    const props = keyed[i];
    if (!props) throw new Error('keyCards returned fewer keys than cards');
    // A literal rather than the interface: Astro's props type wants an index signature.
    return { params, props: { card: props.card, key: props.key }, cacheKey: props.key };
  });
}

/** The PNG of a keyed card: from the cache, or drawn now (and cached) when it is not there. */
export async function ogPng({ card, key }: KeyedCard): Promise<Uint8Array> {
  const state = ogBuildState();
  state.served += 1;
  const pending = drawing.get(key);
  if (pending) await pending;
  else if (existsSync(cacheFile(key))) state.fromCache += 1;
  else await drawOnce(key, card);
  return readFile(cacheFile(key));
}

/** The response of an OG route. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
