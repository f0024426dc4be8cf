#!/usr/bin/env node
/**
 * Search at scale: generates a synthetic corpus (10,000 articles by default), builds the site from
 * it, indexes it, then measures what readers pay for a search in a real browser.
 *
 * Not part of `npm test` and skipped by `npm run bench` unless BENCH_SCALE=1 (a full run takes
 * many minutes). Run it on its own with `npm run bench:search`.
 * Env: BENCH_ARTICLES (default 10000), BENCH_KEEP=1 keeps the temp folder, CHROMIUM_PATH.
 */
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { setInterval, clearInterval } from 'node:timers';
import { existsSync, mkdtempSync } from 'node:fs';
import { generateCorpus, vocabulary } from '../corpus/generate.mjs';
import { launchOptions } from '../lib/chromium.mjs';

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

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * A static server like a CDN: text is gzipped (Pagefind's index files are already compressed and
 * go out as they are). It counts the bytes it sends, which is what a reader downloads.
 */
function staticServer(root) {
  const counter = { bytes: 0, requests: 0, byKind: {} };
  // A blank page: Pagefind is imported by the first query, as the site's search UI does.
  const page =
    '<!doctype html><html lang="en"><head><title>bench</title></head><body></body></html>';
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let body;
    let type;
    if (url.pathname === '/__bench/') {
      body = Buffer.from(page);
      type = 'text/html';
    } else {
      const file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) return res.writeHead(403).end();
      try {
        body = await readFile(file);
        type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      } catch {
        return res.writeHead(404).end();
      }
    }
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=3600' };
    if (type.startsWith('text/') || type === 'application/json') {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    counter.bytes += body.length;
    counter.requests += 1;
    const kind = /\.(pf_\w+|pagefind|js)$/.exec(url.pathname)?.[1] ?? 'other';
    counter.byKind[kind] = (counter.byKind[kind] ?? 0) + body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, counter, port: server.address().port })),
  );
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
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

async function measureQueries(dist) {
  const { chromium } = await import('@playwright/test');
  const { server, counter, port } = await staticServer(dist);
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/__bench/`);
    const runs = [];
    const queries = queryList();
    for (const [i, q] of queries.entries()) {
      counter.bytes = 0;
      counter.requests = 0;
      counter.byKind = {};
      const out = await page.evaluate(async (term) => {
        const t0 = performance.now();
        if (!window.pf) {
          window.pf = await import('/pagefind/pagefind.js');
          await window.pf.options({
            noWorker: true,
            excerptLength: 24,
            highlightParam: 'highlight',
          });
        }
        const found = await window.pf.search(term);
        // The dialog shows the first 8 results: their data (title, excerpt) is part of the cost.
        await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
        return { ms: performance.now() - t0, count: found.results.length };
      }, q);
      runs.push({ q, ...out, bytes: counter.bytes, requests: counter.requests });
      if (i === 0) {
        const parts = Object.entries(counter.byKind).map(
          ([k, b]) => `${k} ${(b / 1024).toFixed(1)} KB`,
        );
        log(`first query by file kind: ${parts.join(', ')}`);
      }
      log(
        `query ${i + 1}/${queries.length} "${q}": ${out.count} results, ` +
          `${(counter.bytes / 1024).toFixed(1)} KB in ${counter.requests} requests, ${out.ms.toFixed(0)} ms`,
      );
    }
    return runs;
  } finally {
    await browser.close();
    server.close();
  }
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

    log('querying in Chromium…');
    const runs = await measureQueries(site);
    const later = runs.slice(1);
    const kb = (b) => Math.round((b / 1024) * 10) / 10;
    const r = (metric, value, unit, target = '') => ({ group: GROUP, metric, value, unit, target });
    return [
      r('articles (records incl. FAQ answers)', `${count} (${report.pages + report.faqs})`, ''),
      r('corpus generation', Math.round(genMs / 100) / 10, 's'),
      r('build time (no index)', Math.round(build.ms / 100) / 10, 's'),
      r('build peak memory', Math.round(build.peakMb), 'MB'),
      r('index time', Math.round(index.ms / 100) / 10, 's', '≤ 60 s'),
      r('index peak memory', Math.round(index.peakMb), 'MB', '≤ 6144 MB'),
      r('index size on disk', `${(size.bytes / 1e6).toFixed(1)} (${size.files} files)`, 'MB'),
      r('first query fetched', kb(runs[0].bytes), 'KB', '≤ 250 KB'),
      r(
        'later queries fetched p50',
        kb(
          quantile(
            later.map((x) => x.bytes),
            0.5,
          ),
        ),
        'KB',
        '≤ 60 KB',
      ),
      r(
        'later queries fetched p95',
        kb(
          quantile(
            later.map((x) => x.bytes),
            0.95,
          ),
        ),
        'KB',
      ),
      r('first query time', Math.round(runs[0].ms), 'ms'),
      r(
        'later query time p50',
        Math.round(
          quantile(
            later.map((x) => x.ms),
            0.5,
          ),
        ),
        'ms',
      ),
      r(
        'later query time p95',
        Math.round(
          quantile(
            later.map((x) => x.ms),
            0.95,
          ),
        ),
        'ms',
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
