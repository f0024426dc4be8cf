/**
 * Builds the Pagefind index over a finished build: every HTML page (only the regions marked
 * `data-pagefind-body` count; FAQ answers are regions of their article, found by their ids), plus
 * quizzes whose pages do not index themselves. Approved reader tips get an index of their own
 * (`SEARCH_TIPS_INDEX`), which the search box merges into the first: Pagefind cannot update an
 * index, and a tip is the change a rebuild most often brings, so approving one re-indexes the tips
 * (milliseconds) and copies the article index kept from the last build (a minute at 10,000
 * articles). Then it publishes what the search box needs besides Pagefind's files (`SEARCH_CONFIG`). Used by the Astro integration and by the scale benchmark, so
 * it imports only Node, Pagefind, cborg and pure `src/lib` code, with explicit `.ts` extensions so
 * Node can run it directly.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { parseSearchData, quizRecord, tipRecord, type SearchTip } from '../lib/search/records.ts';
import { replaceFile } from './linked-files.ts';
import { keepIndex, restoreIndex, searchIndexKey } from './search-index-cache.ts';
import { tipsIndexWeight, type SearchConfig, type WordRange } from '../lib/search/search-config.ts';
import { SEARCH_CONFIG, SEARCH_TIPS_INDEX } from '../lib/paths/pages.ts';

/** Written by `src/pages/search-data.json.ts`; read here, then removed from the output. */
export const SEARCH_DATA_FILE = 'search-data.json';
/** Pagefind's bundle in the built site (SEARCH_CONFIG and SEARCH_TIPS_INDEX are inside it). */
export const INDEX_FOLDER = 'pagefind';

/**
 * Words per index file (Pagefind's default is 20,000 entries). Smaller files mean a search for an
 * uncommon word downloads ~8 KB instead of ~27 KB at 10,000 articles, for ~10 KB more in the page
 * table every first search loads. Pagefind reads it from this (unstable) variable; the version is
 * pinned, and `npm run bench:scale` (step search) shows whether it still applies.
 */
export const INDEX_CHUNK_ENTRIES = 5000;

/**
 * An index file above this size holds a word so common (at 10,000 articles: "partner", "trust")
 * that fetching it for one word of a longer question costs more than it adds to the ranking. At
 * 10,000 articles, 151 of 1,856 files are above it; at 20, none (the largest is 9 KB). Chosen by
 * measurement (docs/search.md): 40 KB left later searches at 69 KB p50, 24 KB at 55 KB.
 */
export const COSTLY_CHUNK_BYTES = 24 * 1024;

export interface IndexReport {
  /** Records in the index: pages that mark content for Pagefind, and quiz records. */
  records: number;
  /** Quiz records added (none counted when the index was copied). */
  quizzes: number;
  /** Reader tip records, in the tips index (written on every build: it is small). */
  tips: number;
  /** Word index files, and how many of them are above COSTLY_CHUNK_BYTES. */
  files: number;
  costly: number;
  ms: number;
  outputPath: string;
  /** The pages were those of the last build: its index was copied, not written again (tips aside). */
  fromCache: boolean;
}

export interface IndexOptions {
  /** Where the last index is kept across builds (./search-index-cache.ts); none: always index. */
  cacheDir?: string | undefined;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

async function readSearchData(outDir: string) {
  const file = path.join(outDir, SEARCH_DATA_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `Search index: ${file} is missing. It is built by src/pages/search-data.json.ts; was that page removed?`,
    );
  }
  return parseSearchData(JSON.parse(text));
}

/** A quiz page that marks its own content for Pagefind needs no extra record (it would be a duplicate). */
async function indexesItself(outDir: string, url: string): Promise<boolean> {
  try {
    const html = await readFile(path.join(outDir, url, 'index.html'), 'utf8');
    return html.includes('data-pagefind-body');
  } catch {
    return false;
  }
}

/** Pagefind's page table (`pagefind.<hash>.pf_meta`): gzip, a 12-byte signature, then CBOR. */
async function readMeta(bundle: string): Promise<{ chunks: [string, string, string][] }> {
  const file = (await readdir(bundle)).find((f) => f.endsWith('.pf_meta'));
  if (!file) throw new Error(`Search index: no page table (*.pf_meta) in ${bundle}`);
  const meta = decode(
    gunzipSync(await readFile(path.join(bundle, file))).subarray(12),
  ) as unknown[];
  return { chunks: meta[2] as [string, string, string][] };
}

/** Records in the written index (pages that mark content for Pagefind, plus custom records). */
async function recordCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** The word ranges whose index files exceed the budget, and how many index files there are. */
async function costlyRanges(bundle: string): Promise<{ costly: WordRange[]; files: number }> {
  const { chunks } = await readMeta(bundle);
  const costly: WordRange[] = [];
  for (const [from, to, hash] of chunks) {
    const { size } = await stat(path.join(bundle, 'index', `${hash}.pf_index`));
    if (size > COSTLY_CHUNK_BYTES) costly.push([from, to]);
  }
  return { costly, files: chunks.length };
}

async function addQuizzes(
  index: pagefind.PagefindIndex,
  outDir: string,
  quizzes: ReturnType<typeof parseSearchData>['quizzes'],
): Promise<number> {
  let added = 0;
  for (const quiz of quizzes) {
    if (await indexesItself(outDir, quiz.url)) continue;
    const result = await index.addCustomRecord(quizRecord(quiz));
    check(`addCustomRecord(${quiz.url})`, result.errors);
    added += 1;
  }
  return added;
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  return index;
}

/** Runs Pagefind over `outDir` and writes its bundle to `outputPath`. */
async function writeIndex(
  outDir: string,
  outputPath: string,
  quizzes: ReturnType<typeof parseSearchData>['quizzes'],
  log: (message: string) => void,
): Promise<number> {
  // An index of an earlier build may be there as links into the cache: Pagefind must not write
  // through them (./linked-files.ts).
  await rm(outputPath, { recursive: true, force: true });
  const index = await newIndex();
  log(`indexing HTML in ${outDir}…`);
  const dir = await index.addDirectory({ path: outDir });
  check('addDirectory', dir.errors);
  const added = await addQuizzes(index, outDir, quizzes);
  log(`${dir.page_count} pages read, ${added} quiz records added`);

  const written = await index.writeFiles({ outputPath });
  check('writeFiles', written.errors);
  return added;
}

/** What the search box fetches from the tips index; it uses the main index's script and wasm. */
const TIPS_FILES_KEPT = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|fragment|filter)$/;

/**
 * Writes the tips index to `tipsPath` (inside the main bundle, so it is copied, cached and
 * precompressed with it), or removes it when no tip has words. Returns the tips indexed.
 */
async function writeTipsIndex(tipsPath: string, tips: readonly SearchTip[]): Promise<number> {
  await rm(tipsPath, { recursive: true, force: true });
  if (tips.length === 0) return 0;
  const index = await newIndex();
  for (const tip of tips) {
    const result = await index.addCustomRecord(tipRecord(tip));
    check(`addCustomRecord(${tip.url})`, result.errors);
  }
  const written = await index.writeFiles({ outputPath: tipsPath });
  check('writeFiles (tips)', written.errors);
  for (const file of await readdir(tipsPath)) {
    if (!TIPS_FILES_KEPT.test(file)) await rm(path.join(tipsPath, file), { recursive: true });
  }
  return tips.length;
}

/** Runs `work`, then stops the Pagefind binary, even when indexing failed, so the build can exit. */
async function usePagefind<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes `outDir` and writes the bundle, and the search box's config, to `outDir/pagefind`. With
 * a cache folder, an index written for the very same pages is copied instead.
 */
export async function buildSearchIndex(
  outDir: string,
  log: (message: string) => void,
  { cacheDir }: IndexOptions = {},
): Promise<IndexReport> {
  const started = performance.now();
  const data = await readSearchData(outDir);
  const outputPath = path.join(outDir, INDEX_FOLDER);
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ||= String(INDEX_CHUNK_ENTRIES);
  const settings = {
    forceLanguage: 'en',
    chunkEntries: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'],
  };
  const key = cacheDir ? await searchIndexKey(outDir, settings, data.quizzes) : null;
  const fromCache = cacheDir && key ? await restoreIndex(cacheDir, key, outputPath) : false;
  const tipsPath = path.join(outDir, SEARCH_TIPS_INDEX);
  const { quizzes, tips } = await usePagefind(async () => {
    let added = 0;
    if (fromCache) log(`no page changed since the last build: its search index was copied`);
    else {
      added = await writeIndex(outDir, outputPath, data.quizzes, log);
      // Kept without the tips (a stale folder of an earlier build): they are written on every build.
      await rm(tipsPath, { recursive: true, force: true });
      if (cacheDir && key) await keepIndex(cacheDir, key, outputPath);
    }
    return { quizzes: added, tips: await writeTipsIndex(tipsPath, data.tips) };
  });

  const { costly, files } = await costlyRanges(outputPath);
  const records = await recordCount(outputPath);
  const config: SearchConfig = {
    vocabulary: data.vocabulary,
    records: records + tips,
    tips: tips > 0 ? SEARCH_TIPS_INDEX : null,
    tipsWeight: tipsIndexWeight(records, tips),
    costly,
    topics: data.topics,
    safetyTopics: data.safetyTopics,
    quiz: data.quiz,
  };
  await replaceFile(path.join(outDir, SEARCH_CONFIG), JSON.stringify(config));
  await rm(path.join(outDir, SEARCH_DATA_FILE));
  // A site compressed before it was indexed (`SEARCH_INDEX=later` without `COMPRESS=later`) has
  // the data file's compressed forms too.
  for (const form of ['.br', '.gz'])
    await rm(path.join(outDir, `${SEARCH_DATA_FILE}${form}`), { force: true });
  const ms = Math.round(performance.now() - started);
  log(
    `search index of ${config.records - tips} records ${fromCache ? 'copied' : 'written'} to ${outputPath}` +
      ` (${files} word index files, ${costly.length} over ${COSTLY_CHUNK_BYTES / 1024} KB)` +
      ` and ${tips} reader tips indexed, in ${ms} ms`,
  );
  return {
    records: config.records,
    quizzes,
    tips,
    files,
    costly: costly.length,
    ms,
    outputPath,
    fromCache,
  };
}
