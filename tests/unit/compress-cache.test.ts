import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../src/integrations/compress';
import { CompressCache } from '../../src/integrations/compress-cache';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A built site of two pages, and an empty cache folder. */
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'closer-compress-'));
  temps.push(dir);
  const page = (name: string, text: string) =>
    writeFileSync(join(dir, name), `<p>${text.repeat(200)}</p>`);
  page('a.html', 'Keeping small promises. ');
  page('b.html', 'Listening without fixing. ');
  const cache = mkdtempSync(join(tmpdir(), 'closer-compress-cache-'));
  temps.push(cache);
  return { dir, cache, page };
}

describe('precompress with a cache', () => {
  it('computes each page once, then copies the same bytes on the next build', async () => {
    const s = site();
    const first = await precompress(s.dir, new CompressCache(s.cache));
    expect(first).toMatchObject({ files: 2, fromCache: 0 });
    const br = readFileSync(join(s.dir, 'a.html.br'));
    rmSync(join(s.dir, 'a.html.br'));
    rmSync(join(s.dir, 'a.html.gz'));
    const second = await precompress(s.dir, new CompressCache(s.cache));
    expect(second).toMatchObject({ files: 2, fromCache: 2 });
    expect(readFileSync(join(s.dir, 'a.html.br')).equals(br)).toBe(true);
    expect(gunzipSync(readFileSync(join(s.dir, 'a.html.gz'))).toString()).toBe(
      readFileSync(join(s.dir, 'a.html'), 'utf8'),
    );
  });

  it('compresses a changed page again and forgets the old one', async () => {
    const s = site();
    await precompress(s.dir, new CompressCache(s.cache));
    s.page('b.html', 'Listening, then asking. ');
    const again = await precompress(s.dir, new CompressCache(s.cache));
    expect(again.fromCache).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(s.dir, 'b.html.br'))).toString()).toContain(
      'Listening, then asking.',
    );
    // Two pages, two forms each: the cache holds what this build used and nothing else.
    expect(readdirSync(s.cache)).toHaveLength(4);
  });

  it('restores over an old form, and the site keeps it when the cache later forgets it', async () => {
    const s = site();
    await precompress(s.dir, new CompressCache(s.cache));
    const gz = readFileSync(join(s.dir, 'a.html.gz'));
    writeFileSync(join(s.dir, 'a.html.gz'), 'stale');
    expect(await precompress(s.dir, new CompressCache(s.cache))).toMatchObject({ fromCache: 2 });
    expect(readFileSync(join(s.dir, 'a.html.gz')).equals(gz)).toBe(true);
    // a.html changes: its old forms leave the cache, and the site's new ones are its own bytes.
    s.page('a.html', 'Keeping promises, even tiny ones. ');
    await precompress(s.dir, new CompressCache(s.cache));
    expect(gunzipSync(readFileSync(join(s.dir, 'a.html.gz'))).toString()).toContain('tiny ones');
    expect(gunzipSync(readFileSync(join(s.dir, 'b.html.gz'))).toString()).toContain('Listening');
  });

  it('writes no form that saves too little, from the cache or not', async () => {
    const s = site();
    // Random bytes do not compress: neither form would be smaller than 90 % of the file.
    writeFileSync(join(s.dir, 'noise.json'), randomBytes(4096));
    for (let build = 0; build < 2; build++) {
      rmSync(join(s.dir, 'noise.json.br'), { force: true });
      await precompress(s.dir, new CompressCache(s.cache));
      expect(readdirSync(s.dir).filter((f) => f.startsWith('noise'))).toEqual(['noise.json']);
    }
  });
});
