import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OgCard } from '../../src/lib/og/card';

// The Open Graph routes' answer, with real drawing (satori and resvg on worker threads) and the
// real store in a DATA_DIR of its own: what a crawler gets, first time and every time after.
const dataDir = mkdtempSync(join(tmpdir(), 'closer-og-cards-'));
type CardResponse = typeof import('../../src/pages/og/_image').cardResponse;
let cardResponse: CardResponse;

beforeAll(async () => {
  process.env['DATA_DIR'] = dataDir;
  ({ cardResponse } = await import('../../src/pages/og/_image'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PNG = [0x89, 0x50, 0x4e, 0x47];
const article = (title: string): OgCard => ({ title, kicker: 'Trust', footer: 'Closer' });
const cards = [article('First sample'), article('Second sample'), article('Third sample')];
const renamed = article('Second sample, renamed');
/** What the site's pages name: the three cards, and the renamed one (drawn while the old is kept). */
const current = () => Promise.resolve([...cards, renamed]);
const get = (card: OgCard | undefined, headers: Record<string, string> = {}) =>
  cardResponse(card, new Request('http://closer.test/og/advice/x.png', { headers }), current);

/** The kept cards' files with their inode numbers: a card drawn again is a new file (a rename). */
function keptFiles(): Map<string, number> {
  const root = join(dataDir, 'og-cards');
  const [template, ...others] = readdirSync(root);
  expect(others).toEqual([]);
  const dir = join(root, template ?? '');
  return new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).ino]));
}

describe('Open Graph cards drawn on demand', () => {
  const first = new Map<string, Uint8Array>();
  let filesAfterFirst: Map<string, number>;

  it('draws each card on its first request and keeps it', async () => {
    for (const card of cards) {
      const res = await get(card);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.subarray(0, 4)]).toEqual(PNG);
      first.set(card.title, bytes);
    }
    filesAfterFirst = keptFiles();
    expect(filesAfterFirst.size).toBe(cards.length);
  }, 60_000);

  it('draws none again: later requests get the same bytes from the same files', async () => {
    for (const card of cards) {
      const bytes = new Uint8Array(await (await get(card)).arrayBuffer());
      expect(bytes).toEqual(first.get(card.title));
    }
    expect(keptFiles()).toEqual(filesAfterFirst);
  });

  it('draws exactly the card whose title changed', async () => {
    const res = await get(renamed);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).not.toEqual(first.get('Second sample'));
    for (const card of cards) await get(card);
    const after = keptFiles();
    const added = [...after.keys()].filter((f) => !filesAfterFirst.has(f));
    expect(added).toHaveLength(1);
    for (const [file, inode] of filesAfterFirst) expect(after.get(file)).toBe(inode);
  }, 60_000);

  it('answers a repeat request with 304 by the card’s ETag, which changes with the card', async () => {
    const etag = (await get(cards[0])).headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await get(cards[0], { 'If-None-Match': `"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherEtag = (await get(cards[1])).headers.get('etag');
    expect(otherEtag).not.toBe(etag);
    expect((await get(cards[1], { 'If-None-Match': etag })).status).toBe(200);
  });

  it('answers 404 for a card that does not exist', async () => {
    const res = await get(undefined);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('removes, in a new server process, the card of a title that changed', async () => {
    const before = keptFiles();
    expect(before.size).toBe(cards.length + 1);
    // The next release: "Second sample" is now only "Second sample, renamed".
    vi.resetModules();
    const next = (await import('../../src/pages/og/_image')).cardResponse;
    const now = [cards[0], renamed, cards[2]].filter((c) => c !== undefined);
    const first = await next(now[0], new Request('http://closer.test/og/advice/x.png'), () =>
      Promise.resolve(now),
    );
    expect(first.status).toBe(200);
    await vi.waitFor(() => expect(keptFiles().size).toBe(now.length), { timeout: 10_000 });
    const after = keptFiles();
    for (const [file, inode] of after) expect(before.get(file)).toBe(inode);
  }, 60_000);
});
