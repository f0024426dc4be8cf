import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SEARCH_DATA_FILE } from '../../src/integrations/search-index';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function site(data: unknown) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'closer-index-'));
  await mkdir(path.join(dir, 'advice/a'), { recursive: true });
  await writeFile(
    path.join(dir, 'advice/a/index.html'),
    '<html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>Trust</h1><p>Keeping promises.</p></article></body></html>',
  );
  await writeFile(
    path.join(dir, 'index.html'),
    '<html lang="en"><body><h1>Home</h1></body></html>',
  );
  if (data !== undefined) await writeFile(path.join(dir, SEARCH_DATA_FILE), JSON.stringify(data));
  return dir;
}

const faq = {
  url: '/advice/a/#faq-why',
  question: 'Why keep small promises?',
  answer: 'They show you can be relied on.',
  article: 'Trust',
  topic: 'Trust',
  date: '2026-01-01',
};

describe('buildSearchIndex', () => {
  it('indexes the pages and the FAQ answers, writes the bundle and removes the data file', async () => {
    const out = await site({ faqs: [faq], quizzes: [] });
    const report = await buildSearchIndex(out, () => undefined);
    expect(report.faqs).toBe(1);
    expect(report.pages).toBeGreaterThanOrEqual(1);
    const files = await readdir(path.join(out, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    await expect(readFile(path.join(out, SEARCH_DATA_FILE))).rejects.toThrow();
  }, 30_000);

  it('fails with a clear message when the search data is missing', async () => {
    const out = await site(undefined);
    await expect(buildSearchIndex(out, () => undefined)).rejects.toThrow(
      /search-data\.json is missing/,
    );
  });

  it('fails naming the bad entry when the search data is invalid', async () => {
    const out = await site({ faqs: [{ ...faq, question: '' }], quizzes: [] });
    await expect(buildSearchIndex(out, () => undefined)).rejects.toThrow('faqs[0].question');
  });
});
