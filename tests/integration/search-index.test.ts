import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SEARCH_DATA_FILE } from '../../src/integrations/search-index';
import { searchConfigFromJson } from '../../src/lib/search/search-config';
import { SEARCH_CONFIG } from '../../src/lib/paths/pages';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ARTICLE =
  '<html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>Trust</h1>' +
  '<p>Keeping promises.</p><details><summary id="faq-why--question">Why keep small promises?</summary>' +
  '<div id="faq-why"><p>They show you can be relied on.</p></div></details></article></body></html>';

async function site(data: unknown) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'closer-index-'));
  await mkdir(path.join(dir, 'advice/a'), { recursive: true });
  await writeFile(path.join(dir, 'advice/a/index.html'), ARTICLE);
  await writeFile(
    path.join(dir, 'index.html'),
    '<html lang="en"><body><h1>Home</h1></body></html>',
  );
  if (data !== undefined) await writeFile(path.join(dir, SEARCH_DATA_FILE), JSON.stringify(data));
  return dir;
}

const data = {
  quizzes: [{ url: '/quizzes/trust/', title: 'The trust quiz', description: 'Five questions.' }],
  vocabulary: [['reliable', ['promise']]],
  topics: [{ title: 'Trust', href: '/topics/trust/' }],
  quiz: { title: 'The trust quiz', href: '/quizzes/trust/' },
};

describe('buildSearchIndex', () => {
  it('indexes the pages and quizzes, publishes the config and removes the data file', async () => {
    const out = await site(data);
    const report = await buildSearchIndex(out, () => undefined);
    expect(report.quizzes).toBe(1);
    const files = await readdir(path.join(out, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    await expect(readFile(path.join(out, SEARCH_DATA_FILE))).rejects.toThrow();

    const config = searchConfigFromJson(
      JSON.parse(await readFile(path.join(out, SEARCH_CONFIG), 'utf8')),
    );
    expect(config.vocabulary).toEqual(data.vocabulary);
    expect(config.topics).toEqual(data.topics);
    expect(config.quiz).toEqual(data.quiz);
    // The article and the quiz; the home page has no data-pagefind-body. The FAQ answer is no record.
    expect(config.records).toBe(2);
    // Two records: no index file comes near the costly size.
    expect(config.costly).toEqual([]);
  }, 30_000);

  it('fails with a clear message when the search data is missing', async () => {
    const out = await site(undefined);
    await expect(buildSearchIndex(out, () => undefined)).rejects.toThrow(
      /search-data\.json is missing/,
    );
  });

  it('fails naming the bad entry when the search data is invalid', async () => {
    const out = await site({ ...data, quizzes: [{ ...data.quizzes[0], title: '' }] });
    await expect(buildSearchIndex(out, () => undefined)).rejects.toThrow('quizzes[0].title');
  });
});

describe('buildSearchIndex with a cache folder', () => {
  let cacheDir = '';
  afterEach(async () => {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  /** Every file of the written index, by path, with its bytes. */
  async function indexFiles(out: string): Promise<Map<string, string>> {
    const root = path.join(out, 'pagefind');
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files = new Map<string, string>();
    for (const e of entries.filter((f) => f.isFile())) {
      const file = path.join(e.parentPath, e.name);
      files.set(path.relative(root, file), (await readFile(file)).toString('base64'));
    }
    return files;
  }

  it('copies the last index when no page changed, and indexes again when one did', async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'closer-index-cache-'));
    const out = await site(data);
    const first = await buildSearchIndex(out, () => undefined, { cacheDir });
    expect(first.fromCache).toBe(false);
    const written = await indexFiles(out);

    // The next build's output: the same pages, the index folder gone, the data file back.
    await rm(path.join(out, 'pagefind'), { recursive: true });
    await writeFile(path.join(out, SEARCH_DATA_FILE), JSON.stringify(data));
    const second = await buildSearchIndex(out, () => undefined, { cacheDir });
    expect(second.fromCache).toBe(true);
    expect(second.records).toBe(first.records);
    expect(await indexFiles(out)).toEqual(written);

    // One page's text changes: Pagefind indexes again, and finds the new word.
    await writeFile(
      path.join(out, 'advice/a/index.html'),
      ARTICLE.replace('Keeping promises.', 'Keeping promises, even tiny ones.'),
    );
    await writeFile(path.join(out, SEARCH_DATA_FILE), JSON.stringify(data));
    const third = await buildSearchIndex(out, () => undefined, { cacheDir });
    expect(third.fromCache).toBe(false);
    expect(await indexFiles(out)).not.toEqual(written);
  }, 60_000);

  it('indexes again when only the quiz records changed', async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'closer-index-cache-'));
    const out = await site(data);
    await buildSearchIndex(out, () => undefined, { cacheDir });
    const renamed = { ...data, quizzes: [{ ...data.quizzes[0], title: 'The steady trust quiz' }] };
    await writeFile(path.join(out, SEARCH_DATA_FILE), JSON.stringify(renamed));
    expect((await buildSearchIndex(out, () => undefined, { cacheDir })).fromCache).toBe(false);
  }, 60_000);
});
