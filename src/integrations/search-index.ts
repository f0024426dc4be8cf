/**
 * Builds the Pagefind index over a finished build: every HTML page (only the regions marked
 * `data-pagefind-body` count), plus one record per FAQ answer, plus quizzes whose pages do not index
 * themselves. Used by the Astro integration and by the scale benchmark, so it imports only Node,
 * Pagefind and pure `src/lib` code, with explicit `.ts` extensions so Node can run it directly.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { faqRecord, parseSearchData, quizRecord } from '../lib/search/records.ts';

/** Written by `src/pages/search-data.json.ts`; read here, then removed from the output. */
export const SEARCH_DATA_FILE = 'search-data.json';

export interface IndexReport {
  pages: number;
  faqs: number;
  quizzes: number;
  ms: number;
  outputPath: string;
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

/** Indexes `outDir` and writes the bundle to `outDir/pagefind`. */
export async function buildSearchIndex(
  outDir: string,
  log: (message: string) => void,
): Promise<IndexReport> {
  const started = performance.now();
  const data = await readSearchData(outDir);
  const outputPath = path.join(outDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');

    log(`indexing HTML in ${outDir}…`);
    const dir = await index.addDirectory({ path: outDir });
    check('addDirectory', dir.errors);
    log(`${dir.page_count} pages indexed; adding ${data.faqs.length} FAQ answers…`);

    // Sent in batches: one round trip per record to the Pagefind process is the slow part otherwise.
    for (let i = 0; i < data.faqs.length; i += 100) {
      const batch = data.faqs.slice(i, i + 100);
      const added = await Promise.all(batch.map((faq) => index.addCustomRecord(faqRecord(faq))));
      added.forEach((a, k) => check(`addCustomRecord(${batch[k]?.url})`, a.errors));
    }
    let quizzes = 0;
    for (const quiz of data.quizzes) {
      if (await indexesItself(outDir, quiz.url)) continue;
      const added = await index.addCustomRecord(quizRecord(quiz));
      check(`addCustomRecord(${quiz.url})`, added.errors);
      quizzes += 1;
    }

    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    await rm(path.join(outDir, SEARCH_DATA_FILE));
    const ms = Math.round(performance.now() - started);
    log(`search index written to ${outputPath} in ${ms} ms`);
    return { pages: dir.page_count, faqs: data.faqs.length, quizzes, ms, outputPath };
  } finally {
    // Stops the Pagefind binary even when indexing failed, so the build process can exit.
    await pagefind.close();
  }
}
