import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { CompressCache, type Compressed } from './compress-cache.ts';
import { replaceFile } from './linked-files.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images, fonts and Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg']);
/** Below this a file fits one network packet either way: compressing it saves no round trip. */
export const MIN_BYTES = 1024;
/**
 * Brotli's best quality costs about 0.4 s per article page; past this much text (a synthetic
 * 10,000-article corpus) quality 5 keeps the build to about a minute, within 1% of the size of
 * quality 9 on our pages.
 */
const BEST_QUALITY_UP_TO_BYTES = 20 * 1024 * 1024;
/** The compressed pages' folder in Astro's cache folder. */
export const COMPRESS_CACHE = 'closer-compress/';

export interface CompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
  /** Files whose compressed forms came from the cache. */
  fromCache: number;
}

async function compress(data: Buffer, quality: number): Promise<Compressed> {
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

async function compressFile(
  file: string,
  quality: number,
  report: CompressReport,
  cache: CompressCache | undefined,
): Promise<void> {
  const data = await readFile(file);
  // A variant that saves little is not worth a second representation of the file.
  const fits = data.length * 0.9;
  const key = cache?.key(data, quality);
  let sizes = key === undefined ? undefined : await cache?.restore(key, file, fits);
  if (sizes) report.fromCache += 1;
  else {
    const { br, gz } = await compress(data, quality);
    if (key !== undefined) await cache?.put(key, { br, gz });
    // Replaced, not written through: an older form there may be a link into the cache.
    if (br.length < fits) await replaceFile(`${file}.br`, br);
    if (gz.length < fits) await replaceFile(`${file}.gz`, gz);
    sizes = { br: br.length, gz: gz.length };
  }
  report.files += 1;
  report.bytes += data.length;
  report.brotliBytes += Math.min(sizes.br, data.length);
  report.gzipBytes += Math.min(sizes.gz, data.length);
}

export interface PrecompressOptions {
  /** Files (by path relative to the folder) that another step still writes or removes. */
  skip?: (name: string) => boolean;
}

/**
 * Writes `<file>.br` and `<file>.gz` next to every text file of at least MIN_BYTES in `dir`, for
 * the server to send to readers who accept them (src/server/http/static-files.ts).
 */
export async function precompress(
  dir: string,
  cache?: CompressCache,
  { skip }: PrecompressOptions = {},
): Promise<CompressReport> {
  const report: CompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, fromCache: 0 };
  const names = await readdir(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.has(path.extname(name)) || skip?.(name)) continue;
    const info = await stat(file);
    if (info.isFile() && info.size >= MIN_BYTES) files.push(file);
    total += info.size;
  }
  const quality = total <= BEST_QUALITY_UP_TO_BYTES ? constants.BROTLI_MAX_QUALITY : 5;
  // A few at a time: zlib runs on libuv's small thread pool, and a large site has thousands of files.
  for (let i = 0; i < files.length; i += 8) {
    await Promise.all(files.slice(i, i + 8).map((f) => compressFile(f, quality, report, cache)));
  }
  await cache?.prune();
  return report;
}

/** The log line of one precompress run. */
export function describeCompression(r: CompressReport, ms: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return (
    `${String(r.files)} files (${String(r.fromCache)} from cache), ${kb(r.bytes)} → ` +
    `${kb(r.brotliBytes)} brotli, ${kb(r.gzipBytes)} gzip in ${String(Math.round(ms))} ms`
  );
}

/**
 * Precompresses the built site. Listed after the Pagefind integration in astro.config.mjs: Astro
 * runs `astro:build:done` hooks in that order, so Pagefind's files exist by then and are
 * compressed too. `SEARCH_INDEX=off` builds (benchmarks) are compressed all the same.
 * `COMPRESS=later` (npm run build) leaves it to scripts/build.mjs, which compresses the site
 * while the search index is built, once Astro has exited (src/integrations/search-step.ts).
 */
export default function compressIntegration(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'closer:compress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['COMPRESS'] === 'later') return;
        const started = performance.now();
        const cache =
          cacheDir && new CompressCache(fileURLToPath(new URL(COMPRESS_CACHE, cacheDir)));
        const r = await precompress(fileURLToPath(dir), cache);
        logger.info(describeCompression(r, performance.now() - started));
      },
    },
  };
}
