/**
 * The last search index, kept across builds. Pagefind cannot update an index, so every build
 * indexes every page again (at 10,000 articles, over a minute). When no page's HTML has changed
 * since the index was written (reader tips aside: they have an index of their own), nor the quiz
 * records, Pagefind's version or its settings, that index is copied instead. Only the last index
 * is kept: one catalogue, one folder.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { READER_TIPS_ID } from '../lib/paths/content.ts';
import { linkTree } from './linked-files.ts';

const KEY_FILE = 'key';
const INDEX_DIR = 'index';

/** Pagefind's version, from its package.json (its exports do not list that file). */
function pagefindVersion(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const file = path.join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return String((require(file) as { version?: unknown }).version);
  }
  return 'unknown';
}

/** Every HTML file under `dir`, as paths relative to it, in a stable order. */
async function htmlFiles(dir: string, skip: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(skip))
    .sort();
}

const TIPS_START = Buffer.from(`<section id="${READER_TIPS_ID}"`);
const SECTION_END = Buffer.from('</section>');

/**
 * A page's HTML without its reader tips section (src/components/submit/ReaderTips.astro), which
 * Pagefind does not read: the tips index holds them. Byte search, no parsing: 10,000 pages a build.
 */
export function withoutReaderTips(html: Buffer): Buffer {
  const start = html.indexOf(TIPS_START);
  if (start < 0) return html;
  const end = html.indexOf(SECTION_END, start);
  if (end < 0) return html;
  return Buffer.concat([html.subarray(0, start), html.subarray(end + SECTION_END.length)]);
}

/**
 * The key of the index a build would write: Pagefind's version and settings, the extra records,
 * and the path and bytes of every HTML page of `outDir` (all of them, not only those that mark
 * content for Pagefind: a page that starts marking its content must be indexed), less their
 * reader tips.
 */
export async function searchIndexKey(
  outDir: string,
  settings: Record<string, unknown>,
  records: unknown,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ pagefind: pagefindVersion(), settings, records }));
  const files = await htmlFiles(outDir, `pagefind${path.sep}`);
  // Read a few dozen at a time (one by one, the disk waited: 10,000 pages), hashed in order.
  for (let i = 0; i < files.length; i += 32) {
    const pages = await Promise.all(
      files
        .slice(i, i + 32)
        .map(async (file) => [file, await readFile(path.join(outDir, file))] as const),
    );
    for (const [file, html] of pages) {
      hash.update(`\0${file}\0`);
      hash.update(withoutReaderTips(html));
    }
  }
  return hash.digest('hex');
}

/**
 * Puts the cached index at `outputPath` (as hard links: ./linked-files.ts) when it was written
 * for `key`; false when not.
 */
export async function restoreIndex(
  cacheDir: string,
  key: string,
  outputPath: string,
): Promise<boolean> {
  const cachedKey = await readFile(path.join(cacheDir, KEY_FILE), 'utf8').catch(() => null);
  if (cachedKey !== key) return false;
  await linkTree(path.join(cacheDir, INDEX_DIR), outputPath);
  return true;
}

/** Keeps the index just written at `outputPath` as the one for `key`. */
export async function keepIndex(cacheDir: string, key: string, outputPath: string): Promise<void> {
  // The key goes last: a copy cut short leaves no key, so it is never restored.
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  await linkTree(outputPath, path.join(cacheDir, INDEX_DIR));
  await writeFile(path.join(cacheDir, KEY_FILE), key);
}
