/**
 * The search index as a build step of its own, after Astro has exited (scripts/build.mjs): the
 * index, kept across builds like the integration's, then its files precompressed as the compress
 * integration does for the rest of the site (which ran before the index existed).
 */
import path from 'node:path';
import { CompressCache } from './compress-cache.ts';
import { precompress } from './compress.ts';
import { buildSearchIndex } from './search-index.ts';

/** Indexes the built site in `site` and precompresses the index's text files. */
export async function indexBuiltSite(
  site: string,
  cacheDir: string,
  log: (message: string) => void,
): Promise<void> {
  const info = (m: string) => log(`[closer:pagefind] ${m}`);
  await buildSearchIndex(site, info, { cacheDir: path.join(cacheDir, 'closer-search') });
  const started = performance.now();
  // A cache folder of its own: each compress run forgets the forms it did not use.
  const cache = new CompressCache(path.join(cacheDir, 'closer-compress-search'));
  const r = await precompress(path.join(site, 'pagefind'), cache);
  log(
    `[closer:compress] search index: ${String(r.files)} files (${String(r.fromCache)} from cache) in ` +
      `${String(Math.round(performance.now() - started))} ms`,
  );
}
