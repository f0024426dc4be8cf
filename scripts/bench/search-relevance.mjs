// Search relevance and weight together (issue 13): the relevance sets scored against the built
// Pagefind index in Node (top-1, top-3, MRR), with the bytes each query fetches.
// Builds the site first unless BENCH_REUSE_BUILD=1 (then it scores the existing dist/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readRelevanceSet, runRelevance, RELEVANCE_SET } from '../search/relevance.ts';
import { TARGETS } from '../search/relevance-metrics.ts';
import { staticDir } from '../lib/server.mjs';

const GROUP = 'search relevance';
const HOLDOUT = 'tests/search/relevance-holdout.yaml';
// Written by someone who never saw the other sets or the vocabulary: only their summaries are printed.
const BLIND_SETS = [
  ['blind set', 'tests/search/relevance-blind.yaml'],
  ['second blind set', 'tests/search/relevance-blind-2.yaml'],
  ['third blind set', 'tests/search/relevance-blind-3.yaml'],
];

const pct = (x) => Math.round(x * 1000) / 10;
const mrr = (x) => Math.round(x * 1000) / 1000;
const kb = (b) => Math.round((b / 1024) * 10) / 10;
const r = (metric, value, unit, target = '') => ({ group: GROUP, metric, value, unit, target });

export default async function searchRelevance() {
  if (process.env.BENCH_REUSE_BUILD !== '1')
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  const siteDir = path.resolve(await staticDir());
  if (!existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`no search index in ${siteDir}`);
  }
  const main = await runRelevance({ siteDir, questions: await readRelevanceSet(RELEVANCE_SET) });
  const scored = async (file) =>
    runRelevance({ siteDir, questions: await readRelevanceSet(file), measureBytes: false });
  const holdout = await scored(HOLDOUT);
  const blindRows = [];
  for (const [name, file] of BLIND_SETS) {
    const b = (await scored(file)).summary;
    blindRows.push(
      r(`${name} (${b.questions} questions): top-1`, pct(b.top1), '%'),
      r(`${name}: top-3`, pct(b.top3), '%'),
      r(`${name}: MRR`, mrr(b.mrr), ''),
    );
  }

  const s = main.summary;
  const h = holdout.summary;
  return [
    r('questions (relevance.yaml)', s.questions, ''),
    r(
      'top-1 (first result: a page and its best answer)',
      pct(s.top1),
      '%',
      `≥ ${TARGETS.top1 * 100} %`,
    ),
    r('top-3', pct(s.top3), '%'),
    r('MRR', mrr(s.mrr), '', `≥ ${TARGETS.mrr}`),
    r('top-1 by first link', pct(s.link.top1), '%'),
    r('MRR by first link', mrr(s.link.mrr), ''),
    r('right page first (maybe another answer on it)', pct(s.pageTop1), '%'),
    r(`held-out set (${h.questions} questions): top-1`, pct(h.top1), '%'),
    r('held-out set: top-3', pct(h.top3), '%'),
    r('held-out set: MRR', mrr(h.mrr), ''),
    ...blindRows,
    r('first query fetched p50', kb(main.firstQueryBytesP50), 'KB'),
    r('later query fetched p50 (nothing cached)', kb(main.laterQueryBytesP50), 'KB'),
    r('word-index chunks per query p50', main.indexChunksP50, ''),
    r('index records', main.index.records, ''),
    r('index metadata (page table)', kb(main.index.metaBytes), 'KB'),
    r('index files total', kb(main.index.totalBytes), 'KB'),
  ];
}
