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
