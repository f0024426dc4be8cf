#!/usr/bin/env node
/**
 * Search at scale: generates a synthetic corpus (10,000 articles by default), builds the site from
 * it, indexes it, then measures what readers pay for a search, through the search box's own code
 * (the relevance evaluator runs it in Node and counts the bytes of every file it fetches): a fixed
 * list of single and double words, and the tuning set of readers' questions.
 *
 * Not part of `npm test` and skipped by `npm run bench` unless BENCH_SCALE=1 (a full run takes
 * many minutes). Run it on its own with `npm run bench:search`.
 * Env: BENCH_ARTICLES (default 10000), BENCH_KEEP=1 keeps the temp folder.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setInterval, clearInterval } from 'node:timers';
import { existsSync, mkdtempSync } from 'node:fs';
import { generateCorpus, vocabulary } from '../corpus/generate.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GROUP = 'search at scale';
const log = (m) => console.log(`[search-scale] ${m}`);

/** Sum of the resident memory (KB) of a process and all its descendants, from /proc (Linux). */
async function treeRssKb(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of await readdir(`/proc/${p}/task`)) {
        const children = await readFile(`/proc/${p}/task/${task}/children`, 'utf8').catch(() => '');
        stack.push(...children.split(' ').filter(Boolean).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** Runs a command, printing every `every`-th output line as progress; returns time and peak memory. */
function runMeasured(label, args, env, every = 1) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env } });
    let peakKb = 0;
    let lines = 0;
    const poll = setInterval(async () => {
      peakKb = Math.max(peakKb, await treeRssKb(child.pid));
    }, 250);
    let tail = [];
    const onData = (buf) => {
      for (const line of buf.toString().split('\n')) {
        if (!line.trim()) continue;
        lines += 1;
        tail = [...tail.slice(-20), line];
        if (lines % every === 0 || /error|Complete|indexed|written/i.test(line)) {
          log(`${label}: ${line.trim().slice(0, 140)}`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${label} failed (exit ${code}):\n${tail.join('\n')}`));
      else resolve({ ms, peakMb: peakKb / 1024, tail });
    });
  });
}

async function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/** A fixed query list: topic words, everyday words, rare words, and two-word queries. */
function queryList() {
  const v = vocabulary();
  const at = (ranks) => ranks.map((r) => v[r]);
  return [
    'forgiveness',
    'trust',
    'listening',
    'appreciation',
    'boundaries',
    'therapist',
    'honest conversation',
    'rebuild trust',
    'emotional intimacy',
    'support partner',
    ...at([300, 450, 700, 1000, 1500, 2500, 4000, 6000, 9000, 14000, 20000, 30000, 45000, 59000]),
    `${v[350]} ${v[120]}`,
    `${v[800]} trust`,
    `${v[5000]} partner`,
    'closeness habits',
    'stonewalling',
    'check-in',
  ];
}

const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
};

/**
 * Bytes a reader downloads per search, through the search box's own code (src/lib/search/find.ts:
 * one Pagefind search per word, the first pages' text for their best FAQ answers), counted by the
 * relevance evaluator's meter: the first search of a visit, and each later one (nothing cached).
 */
async function measureQueries(site, questions) {
  const { runRelevance, readSearchConfig, siteSearch } = await import('../search/relevance.ts');
  const config = await readSearchConfig(site);
  const run = await runRelevance({ siteDir: site, questions, search: siteSearch(config) });
  for (const o of run.outcomes.slice(0, 3)) {
    log(
      `"${o.q}": first ${(o.firstBytes / 1024).toFixed(1)} KB, later ${(o.queryBytes / 1024).toFixed(1)} KB, ${o.indexChunks} index files`,
    );
  }
  return run;
}

/** Runs the whole benchmark and returns the rows `npm run bench` prints. */
export async function runSearchScale({
  count = Number(process.env.BENCH_ARTICLES ?? 10_000),
} = {}) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'closer-search-scale-'));
  const content = path.join(work, 'content');
  // The build goes inside the project: with the node adapter, its server bundle imports packages
  // that Node only finds from a folder under node_modules' parent.
  const dist = path.join(repoRoot, 'node_modules/.cache/closer-search-scale', path.basename(work));
  log(`working in ${work}`);
  try {
    log(`generating ${count} articles…`);
    const g0 = performance.now();
    await generateCorpus({ count, out: content, log: (m) => log(m.trim()) });
    const genMs = performance.now() - g0;

    log('building the site (search index off, timed separately)…');
    const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
    const build = await runMeasured(
      'build',
      // --force: Astro's content cache from another CONTENT_DIR can leave stale entries that break the build.
      [astro, 'build', '--force', '--outDir', dist],
      {
        CONTENT_DIR: content,
        SEARCH_INDEX: 'off',
        // Astro keeps every page's data in memory; V8's default heap limit is too small at 10,000.
        NODE_OPTIONS: process.env.NODE_OPTIONS ?? '--max-old-space-size=12288',
      },
      Math.max(1, Math.floor(count / 10)),
    );
    log(`build done in ${(build.ms / 1000).toFixed(1)} s, peak ${build.peakMb.toFixed(0)} MB`);

    // With the node adapter, the static site is in dist/client; without it, in dist.
    const site = existsSync(path.join(dist, 'client')) ? path.join(dist, 'client') : dist;
    log('indexing with Pagefind…');
    const index = await runMeasured('index', [
      path.join(repoRoot, 'scripts/search-index.mjs'),
      site,
    ]);
    const report = JSON.parse(index.tail.at(-1));
    log(`index done in ${(index.ms / 1000).toFixed(1)} s, peak ${index.peakMb.toFixed(0)} MB`);
    const size = await dirSize(path.join(site, 'pagefind'));

    log("searching: the fixed query list, then the tuning set of readers' questions…");
    const fixed = await measureQueries(
      site,
      queryList().map((q) => ({ q, expect: '/help/', also: [] })),
    );
    const { readRelevanceSet } = await import('../search/relevance.ts');
    const readers = await measureQueries(site, await readRelevanceSet());
    const kb = (b) => Math.round((b / 1024) * 10) / 10;
    const r = (metric, value, unit, target = '') => ({ group: GROUP, metric, value, unit, target });
    const later = (run) => run.outcomes.slice(1).map((o) => o.queryBytes);
    return [
      r('articles (index records)', `${count} (${report.records})`, ''),
      r('corpus generation', Math.round(genMs / 100) / 10, 's'),
      r('build time (no index)', Math.round(build.ms / 100) / 10, 's'),
      r('build peak memory', Math.round(build.peakMb), 'MB'),
      r('index time', Math.round(index.ms / 100) / 10, 's', '≤ 60 s'),
      r('index peak memory', Math.round(index.peakMb), 'MB', '≤ 6144 MB'),
      r('index size on disk', `${(size.bytes / 1e6).toFixed(1)} (${size.files} files)`, 'MB'),
      r('index files over the costly size (words searched only when needed)', report.costly, ''),
      r('page table (first search loads it)', kb(fixed.index.metaBytes), 'KB'),
      r('first query fetched (fixed list, p50)', kb(fixed.firstQueryBytesP50), 'KB', '≤ 250 KB'),
      r('later queries fetched p50 (fixed list)', kb(quantile(later(fixed), 0.5)), 'KB', '≤ 60 KB'),
      r('later queries fetched p95 (fixed list)', kb(quantile(later(fixed), 0.95)), 'KB'),
      r(
        "first query fetched (readers' questions, p50)",
        kb(readers.firstQueryBytesP50),
        'KB',
        '≤ 250 KB',
      ),
      r(
        "later queries fetched p50 (readers' questions)",
        kb(quantile(later(readers), 0.5)),
        'KB',
        '≤ 60 KB',
      ),
      r(
        "readers' questions at this size: top-1",
        Math.round(readers.summary.top1 * 1000) / 10,
        '%',
      ),
    ];
  } finally {
    // The content cache now describes the synthetic corpus; drop it so the next normal build starts clean.
    await rm(path.join(repoRoot, 'node_modules/.astro/data-store.json'), { force: true });
    if (process.env.BENCH_KEEP === '1') log(`kept ${work} and ${dist}`);
    else {
      await rm(work, { recursive: true, force: true });
      await rm(dist, { recursive: true, force: true });
    }
  }
}

/** `npm run bench` entry: only with BENCH_SCALE=1, because a full run takes many minutes. */
export default async function searchScale() {
  if (process.env.BENCH_SCALE !== '1') {
    log('skipped (set BENCH_SCALE=1, or run `npm run bench:search`)');
    return [];
  }
  return runSearchScale();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runSearchScale();
  console.table(rows.map(({ metric, value, unit, target }) => ({ metric, value, unit, target })));
}
