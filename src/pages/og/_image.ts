// The answer of an Open Graph route. Cards are drawn on demand by the server: the first request
// for a card draws it (./_render.ts: satori and resvg on a worker thread) and the server keeps it
// in DATA_DIR/og-cards/<template>/<key>.png (src/server/og/card-store.ts), so a build draws
// nothing and a card is drawn once per title and template. A card's key
// (src/lib/og/cache-key.ts) is what decides its pixels; it is also the ETag.
import path from 'node:path';
import { ogCacheKey, type OgAssets } from '../../lib/og/cache-key';
import type { OgCard } from '../../lib/og/card';
import { sha256 } from '../../lib/hash';
import { CardStore, CardStoreBusy } from '../../server/og/card-store';
import { dataDirFrom } from '../../server/submissions/config';
import { ogAssets, renderOgPng } from './_render';

/** Cards drawing at once, server-wide, before more are turned away with a 503. */
const MAX_DRAWING = 16;
/** A card changes only with its title or the template; crawlers may keep it a day. */
const CACHE_CONTROL = 'public, max-age=86400';

let store: Promise<CardStore> | undefined;

/** Every card a page of this build can name (src/data/og-cards.ts, allOgCards). */
export type CurrentCards = () => Promise<OgCard[]>;

async function openStore(current: CurrentCards): Promise<CardStore> {
  // One folder per template and fonts: a new one replaces the last, whose cards no page shows.
  const assets = await ogAssets();
  const template = (await sha256(JSON.stringify(assets))).slice(0, 16);
  const dir = path.resolve(dataDirFrom(process.env), 'og-cards', template);
  const opened = new CardStore({
    dir,
    maxDrawing: MAX_DRAWING,
    warn: (line) => console.warn(line),
  });
  // In the background: the first card need not wait for a sweep of the folder.
  void removeOldCards(opened, assets, current);
  return opened;
}

/** Removes the cards of titles and bands that changed before this server started (once per process). */
async function removeOldCards(
  cards: CardStore,
  assets: OgAssets,
  current: CurrentCards,
): Promise<void> {
  try {
    const keys = await Promise.all((await current()).map((card) => ogCacheKey(card, assets)));
    const removed = await cards.keepOnly(new Set(keys));
    if (removed > 0)
      console.log(`Open Graph cards: removed ${String(removed)} old or unfinished card files`);
  } catch (error) {
    console.warn(`Open Graph cards: old cards were not removed (${String(error)})`);
  }
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });

/**
 * The PNG of `card` (undefined: no such card, 404), answering a repeat request with 304. The
 * first call of a process also removes the kept cards that none of `current` has any more.
 */
export async function cardResponse(
  card: OgCard | undefined,
  request: Request,
  current: CurrentCards,
): Promise<Response> {
  if (!card) return text(404, 'No such card.\n');
  const key = await ogCacheKey(card, await ogAssets());
  const etag = `"${key.slice(0, 32)}"`;
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  const asked = request.headers.get('if-none-match') ?? '';
  if (asked.split(',').some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers });
  store ??= openStore(current);
  try {
    const { bytes } = await (await store).get(key, () => renderOgPng(card));
    return new Response(bytes as BodyInit, {
      headers: { ...headers, 'Content-Type': 'image/png', 'Content-Length': String(bytes.length) },
    });
  } catch (error) {
    if (error instanceof CardStoreBusy)
      return text(503, `${error.message}\n`, { 'Retry-After': '5' });
    throw error;
  }
}
