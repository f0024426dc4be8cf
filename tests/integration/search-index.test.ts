import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SEARCH_DATA_FILE } from '../../src/integrations/search-index';
import { searchConfigFromJson } from '../../src/lib/search/search-config';
import { SEARCH_CONFIG } from '../../src/lib/paths/pages';
import { find } from '../../src/lib/search/find';
import { loadPagefind } from '../../scripts/search/pagefind-node';

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
  tips: [] as unknown[],
  vocabulary: [['reliable', ['promise']]],
  topics: [{ title: 'Trust', href: '/topics/trust/' }],
  quiz: { title: 'The trust quiz', href: '/quizzes/trust/' },
  safetyTopics: ['Safety'],
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
    // No tip has words: no tips index, and the search box merges none.
    expect(config.tips).toBeNull();
    expect(files).not.toContain('tips');
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

  it('keeps reader tips in an index of their own: approving one copies the article index', async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'closer-index-cache-'));
    const tipsSection = (text: string) =>
      `<section id="reader-tips" aria-labelledby="reader-tips-heading"><h2>Reader tips</h2>` +
      `<ul class="tips"><li id="tip-t-7k3m-9q2p"><p>${text}</p></li></ul></section>`;
    const tip = {
      url: '/advice/a/#tip-t-7k3m-9q2p',
      article: 'Trust',
      topic: 'Trust',
      text: 'We keep a jar of little notes on the shelf.',
      approved: '2026-11-02',
    };
    const out = await site(data);
    expect((await buildSearchIndex(out, () => undefined, { cacheDir })).fromCache).toBe(false);
    const articleIndex = await indexFiles(out);

    // The next build: the article page shows the approved tip, and the search data holds it.
    await rm(path.join(out, 'pagefind'), { recursive: true });
    const withTip = ARTICLE.replace('</body>', `${tipsSection(tip.text)}</body>`);
    await writeFile(path.join(out, 'advice/a/index.html'), withTip);
    await writeFile(path.join(out, SEARCH_DATA_FILE), JSON.stringify({ ...data, tips: [tip] }));
    const report = await buildSearchIndex(out, () => undefined, { cacheDir });
    expect(report).toMatchObject({ fromCache: true, tips: 1, records: 3 });
    const files = await indexFiles(out);
    for (const [file, bytes] of articleIndex) {
      if (file !== 'closer-search.json') expect(files.get(file), file).toBe(bytes);
    }
    const tipsFiles = [...files.keys()].filter((f) => f.startsWith(`tips${path.sep}`));
    // Only what the search box fetches: it runs the article index's script and wasm.
    expect(tipsFiles.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(tipsFiles.some((f) => /pagefind\.js$|\.pagefind$|ui\.css$/.test(f))).toBe(false);

    // Searching as the site does finds the tip by its words, as a reader tip that opens at the tip.
    const config = searchConfigFromJson(
      JSON.parse(await readFile(path.join(out, SEARCH_CONFIG), 'utf8')),
    );
    expect(config.tips).toBe('/pagefind/tips/');
    const pf = await loadPagefind(out);
    const found = await find(pf, { q: 'jar on the shelf' }, config, 8);
    expect(found.blocks[0]?.lead.url).toBe(tip.url);
    expect(found.blocks[0]?.type).toBe('Reader tip');
    expect(found.blocks[0]?.lead.excerpt).toContain('<mark>jar</mark>');
    // The article is still found by its own words, and not by the tip's.
    const byOwnWords = (await find(pf, { q: 'promises' }, config, 8)).blocks;
    expect(byOwnWords.flatMap((b) => [b.lead.url, b.also?.url])).toContain('/advice/a/');
    expect(byOwnWords.map((b) => b.lead.url)).not.toContain(tip.url);
    const byTipWords = await find(pf, { q: 'shelf' }, config, 8);
    expect(byTipWords.blocks.map((b) => b.lead.url)).toEqual([tip.url]);
    await pf.destroy();

    // A second tip on the same page: the article index is still copied.
    await rm(path.join(out, 'pagefind'), { recursive: true });
    const two = { ...tip, url: '/advice/a/#tip-t-2222-3333', text: 'Walk after dinner.' };
    await writeFile(
      path.join(out, 'advice/a/index.html'),
      withTip.replace(tipsSection(tip.text), tipsSection(`${tip.text} ${two.text}`)),
    );
    await writeFile(
      path.join(out, SEARCH_DATA_FILE),
      JSON.stringify({ ...data, tips: [tip, two] }),
    );
    expect(await buildSearchIndex(out, () => undefined, { cacheDir })).toMatchObject({
      fromCache: true,
      tips: 2,
    });
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
