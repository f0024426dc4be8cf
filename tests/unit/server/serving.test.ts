import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompress } from '../../../src/integrations/compress';
import { preferredEncoding } from '../../../src/server/http/accept-encoding';
import { cacheControlFor } from '../../../src/server/http/static-files';

describe('preferredEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['br;q=abc, gzip;q=2', undefined],
    ['BR', 'br'],
  ])('%s → %s', (header, expected) => {
    expect(preferredEncoding(header, both)).toBe(expected);
  });
  it('offers only what exists', () => {
    expect(preferredEncoding('br', ['gzip'])).toBeUndefined();
  });
});

describe('cacheControlFor', () => {
  const immutable = 'public, max-age=31536000, immutable';
  it.each([
    ['/_astro/QuizIsland.DlFjMrKh.js', immutable],
    ['/pagefind/fragment/en_108e49d.pf_fragment', immutable],
    ['/pagefind/index/en_a37ac14.pf_index', immutable],
    ['/pagefind/filter/en_5b1e685.pf_filter', immutable],
    ['/pagefind/pagefind.en_e7daa78a7d.pf_meta', immutable],
    ['/pagefind/pagefind.js', undefined],
    ['/pagefind/pagefind-entry.json', undefined],
    ['/pagefind/tips/index/en_3c1f0aa.pf_index', immutable],
    ['/pagefind/tips/fragment/en_9d2e4b1.pf_fragment', immutable],
    ['/pagefind/tips/pagefind.en_41b7c2d9e0.pf_meta', immutable],
    ['/pagefind/tips/pagefind-entry.json', undefined],
    ['/pagefind/elsewhere/index/en_3c1f0aa.pf_index', undefined],
    ['/pagefind/wasm.en.pagefind', undefined],
    ['/advice/emotional-intimacy/', undefined],
  ])('%s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

describe('precompress (build step)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'closer-compress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz for text files worth it, and none for tiny or binary files', async () => {
    const html = `<!doctype html>${'<p>Closer: small steps back to each other.</p>'.repeat(100)}`;
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(
      join(dir, 'pagefind', 'pagefind.js'),
      `export const x = ${JSON.stringify(html)};`,
    );
    writeFileSync(join(dir, 'tiny.css'), 'a{color:red}');
    writeFileSync(join(dir, 'image.png'), Buffer.alloc(4096, 1));
    const report = await precompress(dir);
    expect(report.files).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(html);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js.br'))).toBe(true);
    expect(existsSync(join(dir, 'tiny.css.br'))).toBe(false);
    expect(existsSync(join(dir, 'image.png.br'))).toBe(false);
    expect(MIN_BYTES).toBe(1024);
  });
});
