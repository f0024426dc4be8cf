/**
 * What `npm run build` does once Astro has exited (scripts/build.mjs): the search index, kept
 * across builds like the integration's, and the site's precompressed files. They run side by side,
 * the compression in a process of its own at a lower priority (scripts/compress-site.mjs):
 * Pagefind's indexer keeps about one and a half of this machine's two cores busy, and the
 * compression takes what is left instead of slowing the indexer down.
 */
import path from 'node:path';
import { CompressCache } from './compress-cache.ts';
import { COMPRESS_CACHE, describeCompression, precompress } from './compress.ts';
import { buildSearchIndex, INDEX_FOLDER, SEARCH_DATA_FILE } from './search-index.ts';

/**
 * Files that the index step writes or removes while the site is compressed: its own folder,
 * compressed once written, and the data file it reads and then deletes.
 */
export function belongsToIndexStep(name: string): boolean {
  return name === SEARCH_DATA_FILE || name.split(path.sep)[0] === INDEX_FOLDER;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Indexes the built site in `site`, then precompresses the index's text files. */
export async function indexSite(site: string, cacheDir: string, log: (message: string) => void) {
  await buildSearchIndex(site, (m) => log(`[closer:pagefind] ${m}`), {
    cacheDir: path.join(cacheDir, 'closer-search'),
  });
  // A cache folder of its own: each compress run forgets the forms it did not use.
  const cache = new CompressCache(path.join(cacheDir, 'closer-compress-search'));
  const [r, ms] = await timed(() => precompress(path.join(site, INDEX_FOLDER), cache));
  log(
    `[closer:compress] search index: ${String(r.files)} files (${String(r.fromCache)} from cache) in ` +
      `${String(Math.round(ms))} ms`,
  );
}

/** Precompresses the rest of the built site, in the cache folder that the compress integration uses. */
export async function compressSite(site: string, cacheDir: string, log: (message: string) => void) {
  const cache = new CompressCache(path.join(cacheDir, COMPRESS_CACHE));
  const [r, ms] = await timed(() => precompress(site, cache, { skip: belongsToIndexStep }));
  log(`[closer:compress] ${describeCompression(r, ms)}`);
}
