import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CardStore, CardStoreBusy } from '../../../src/server/og/card-store';

const root = mkdtempSync(join(tmpdir(), 'closer-og-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** A store in a fresh folder (`<root>/<n>/og-cards/<template>`), with a drawing that counts its calls. */
function setup(maxDrawing = 4, template = 'aaaaaaaaaaaaaaaa') {
  folders += 1;
  const dir = join(root, String(folders), 'og-cards', template);
  const warnings: string[] = [];
  const store = new CardStore({ dir, maxDrawing, warn: (line) => warnings.push(line) });
  const drawn: string[] = [];
  const draw = (key: string, wait?: Promise<void>) => async () => {
    drawn.push(key);
    await wait;
    return new TextEncoder().encode(`png of ${key}`);
  };
  return { dir, store, drawn, draw, warnings };
}

/** A promise the test resolves when it chooses: drawings wait on it. */
function gate() {
  let release: () => void = () => undefined;
  const wait = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { wait, release };
}

const key = (n: number) => n.toString(16).padStart(64, '0');
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the server’s Open Graph card store', () => {
  it('draws a card once, keeps it on disk, and reads it from there afterwards', async () => {
    const { dir, store, drawn, draw } = setup();
    const first = await store.get(key(1), draw('one'));
    const second = await store.get(key(1), draw('again'));
    expect(first.source).toBe('drawn');
    expect(second).toMatchObject({ source: 'disk' });
    expect(textOf(second.bytes)).toBe('png of one');
    expect(drawn).toEqual(['one']);
    expect(readdirSync(dir)).toEqual([`${key(1)}.png`]);
  });

  it('reads cards a previous server process drew (a restart draws nothing)', async () => {
    const { dir, store, draw } = setup();
    await store.get(key(2), draw('two'));
    const restarted = new CardStore({ dir, maxDrawing: 4, warn: () => undefined });
    const again = await restarted.get(key(2), () => Promise.reject(new Error('must not draw')));
    expect(again.source).toBe('disk');
  });

  it('shares one drawing among requests that arrive together', async () => {
    const { store, drawn, draw } = setup();
    const { wait, release } = gate();
    const requests = Array.from({ length: 20 }, () => store.get(key(3), draw('three', wait)));
    release();
    const answers = await Promise.all(requests);
    expect(drawn).toEqual(['three']);
    expect(new Set(answers.map((a) => textOf(a.bytes)))).toEqual(new Set(['png of three']));
  });

  it('turns away new cards past the drawing limit, and takes them again once it has room', async () => {
    const { store, draw, drawn } = setup(2);
    const { wait, release } = gate();
    const busy = [store.get(key(4), draw('four', wait)), store.get(key(5), draw('five', wait))];
    // Both are drawing (each first looks on disk, and those reads may finish in either order).
    await vi.waitFor(() => expect(drawn).toHaveLength(2));
    await expect(store.get(key(6), draw('six'))).rejects.toBeInstanceOf(CardStoreBusy);
    // A card already drawing is still shared, not refused.
    const shared = store.get(key(4), draw('four again'));
    release();
    await Promise.all([...busy, shared]);
    await expect(store.get(key(6), draw('six'))).resolves.toMatchObject({ source: 'drawn' });
    // Four and five in either order (see above); six only once they were done.
    expect(drawn.slice(0, 2).sort()).toEqual(['five', 'four']);
    expect(drawn.slice(2)).toEqual(['six']);
    expect(store.counts.refused).toBe(1);
  });

  it('serves the card when the disk refuses it, keeps it in memory, and warns once', async () => {
    const { dir, store, drawn, draw, warnings } = setup();
    mkdirSync(join(dir, '..'), { recursive: true });
    writeFileSync(dir, 'a file where the folder should be');
    const first = await store.get(key(7), draw('seven'));
    const second = await store.get(key(7), draw('seven again'));
    await store.get(key(8), draw('eight'));
    expect(textOf(first.bytes)).toBe('png of seven');
    expect(textOf(second.bytes)).toBe('png of seven');
    expect(drawn).toEqual(['seven', 'eight']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot write .*og-cards.*kept in memory/);
  });

  it('works when the folder cannot be written at all (read-only DATA_DIR)', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: the case above stands in for it
    const { dir, store, draw } = setup();
    mkdirSync(join(dir, '..'), { recursive: true });
    chmodSync(join(dir, '..'), 0o500);
    try {
      expect(textOf((await store.get(key(9), draw('nine'))).bytes)).toBe('png of nine');
    } finally {
      chmodSync(join(dir, '..'), 0o700);
    }
  });

  it('passes a drawing failure to the request, and the next request tries again', async () => {
    const { store, draw } = setup();
    await expect(
      store.get(key(10), () => Promise.reject(new Error('renderer crashed'))),
    ).rejects.toThrow('renderer crashed');
    await expect(store.get(key(10), draw('ten'))).resolves.toMatchObject({ source: 'drawn' });
  });

  it('removes the folders of earlier templates, and nothing else', async () => {
    const { dir, store, draw } = setup(4, 'bbbbbbbbbbbbbbbb');
    const parent = join(dir, '..');
    mkdirSync(join(parent, 'cccccccccccccccc'), { recursive: true });
    writeFileSync(join(parent, 'cccccccccccccccc', `${key(11)}.png`), 'old template');
    mkdirSync(join(parent, 'notes'), { recursive: true });
    await store.get(key(12), draw('twelve'));
    expect(existsSync(join(parent, 'cccccccccccccccc'))).toBe(false);
    expect(readdirSync(parent).sort()).toEqual(['bbbbbbbbbbbbbbbb', 'notes']);
  });

  it('refuses anything but a key as a file name', async () => {
    const { store, draw } = setup();
    for (const bad of ['../../etc/passwd', '', 'ABC', `${key(1)}/x`])
      await expect(store.get(bad, draw('bad'))).rejects.toThrow('not a card key');
  });

  it('keeps only the cards still named, and what it does not own', async () => {
    const { dir, store, draw } = setup();
    for (const n of [13, 14, 15]) await store.get(key(n), draw(String(n)));
    const leftByCrash = `${key(16)}.png.999999.1.tmp`;
    const inFlight = `${key(17)}.png.${String(process.pid)}.9.tmp`;
    for (const name of [leftByCrash, inFlight, 'README.txt']) writeFileSync(join(dir, name), '');
    expect(await store.keepOnly(new Set([key(13), key(15)]))).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(
      [`${key(13)}.png`, `${key(15)}.png`, inFlight, 'README.txt'].sort(),
    );
    // A removed card is drawn again when something names it after all.
    await expect(store.get(key(14), draw('14 again'))).resolves.toMatchObject({ source: 'drawn' });
  });

  it('removes nothing from a folder that does not exist yet, and warns once when it cannot', async () => {
    const { dir, store, draw, warnings } = setup();
    expect(await store.keepOnly(new Set())).toBe(0);
    await store.get(key(18), draw('18'));
    await store.get(key(19), draw('19'));
    // A directory where a card file should be: rm (without recursive) refuses it.
    mkdirSync(join(dir, `${key(20)}.png`));
    mkdirSync(join(dir, `${key(21)}.png`));
    expect(await store.keepOnly(new Set([key(18)]))).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot remove old cards in .*og-cards.*old cards stay on disk/);
  });
});
