#!/usr/bin/env node
/**
 * The catalogue at scale (issue 10): generates a corpus of BENCH_ARTICLES synthetic articles (plus
 * the site's own), then measures, each against its target:
 *   - a bare Astro + MDX build of the same articles (scripts/bench/bare/), cold and rebuilt: the yardstick;
 *   - the site's full build (`npm run build`: Astro, Pagefind and compression) with every cache cold;
 *   - a rebuild with nothing changed, and a rebuild after one reader tip is approved;
 *   - Pagefind's indexing time, and the bytes a reader fetches for a first and for later queries;
 *   - what an Open Graph card costs the server that draws it on first request (cards).
 * Time is wall-clock; memory is the peak resident size of the build's whole process tree.
 *
 * Not part of `npm test`; `npm run bench` skips it unless BENCH_SCALE=1. Run it with
 * `npm run bench:scale` (1,000 articles: about 10 minutes; BENCH_ARTICLES=10000: about an hour).
 * Env: BENCH_ARTICLES (default 1000); BENCH_STEPS, a comma list of bare, cold, rebuild, tip, search,
 * cards (default all; search and cards need cold); BENCH_ROUNDS=<n> builds bare and cold n times
 * in turn (the table gives the fastest of each, and each round's ratio); BENCH_KEEP=1 keeps the
 * corpus and builds; BENCH_JSON=<file> writes the figures as JSON too.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { cp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from '../corpus/generate.mjs';
import { runMeasured, parsePhases } from './scale/measure.mjs';
import { measureQueries } from './scale/queries.mjs';
import { approveOneTip } from './scale/approve-tip.mjs';
import { scaleRows } from './scale/rows.mjs';
import { measureCards } from './scale/cards.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
const siteBuild = path.join(repoRoot, 'scripts/build.mjs');
const log = (m) => console.log(`[scale] ${m}`);
const STEPS = ['bare', 'cold', 'rebuild', 'tip', 'search', 'cards'];
/** Rounds of cold builds (bare, then the site's) when both are measured. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));

function chosenSteps() {
  const asked = (process.env.BENCH_STEPS ?? STEPS.join(',')).split(',').map((s) => s.trim());
  const unknown = asked.filter((s) => !STEPS.includes(s));
  if (unknown.length)
    throw new Error(`BENCH_STEPS: unknown ${unknown.join(', ')} (known: ${STEPS.join(', ')})`);
  return new Set(asked);
}

/** The folders one run uses; builds of the site live under node_modules so its server bundle resolves. */
function workFolders() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'closer-scale-'));
  const dist = path.join(repoRoot, 'node_modules/.cache/closer-scale', path.basename(work));
  return {
    work,
    content: path.join(work, 'content'),
    bare: path.join(work, 'bare'),
    bareCache: path.join(work, 'bare-cache'),
    bareDist: path.join(work, 'bare-dist'),
    siteCache: path.join(dist, 'astro-cache'),
    dist,
    siteDist: path.join(dist, 'dist'),
  };
}

/** A copy of the bare project in the work folder, so its .astro and Vite caches stay out of the repo. */
async function copyBare(f) {
  await cp(path.join(repoRoot, 'scripts/bench/bare'), f.bare, { recursive: true });
  // Packages resolve from the repository (the bare config keeps Vite's cache in ASTRO_CACHE_DIR).
  await symlink(path.join(repoRoot, 'node_modules'), path.join(f.bare, 'node_modules'), 'dir');
  await writeFile(
    path.join(f.bare, 'package.json'),
    JSON.stringify({ name: 'closer-bare', private: true, type: 'module' }),
  );
}

async function build(label, f, count, { bare = false, force = false } = {}) {
  const env = {
    CONTENT_DIR: f.content,
    ASTRO_CACHE_DIR: bare ? f.bareCache : f.siteCache,
    // No heap limit of the benchmark's own: builds run as `npm run build` runs for an editor. V8's
    // default limit (4,144 MB here) holds both builds at 10,000 articles; a limit of 12 GB, set
    // here until now, let the heap grow further than the build needs before collecting.
  };
  // The site builds as `npm run build` does (scripts/build.mjs: Astro, then the search index and
  // the compression).
  const args = [...(bare ? [astro, 'build'] : [siteBuild]), ...(force ? ['--force'] : [])];
  args.push('--outDir', bare ? f.bareDist : f.siteDist);
  if (bare) args.push('--root', f.bare);
  log(`${label}…`);
  const routeEvery = Math.max(100, Math.floor(count / 5));
  const run = await runMeasured(label, args, { cwd: repoRoot, env, routeEvery, log });
  const phases = parsePhases(run.log);
  // Other work on the machine slows every step: the load average says how busy it was.
  const load = os.loadavg()[0];
  log(
    `${label}: ${(run.ms / 1000).toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB (after "${run.peakPhase}"), load ${load.toFixed(1)}`,
  );
  return { ms: run.ms, peakMb: run.peakMb, peakPhase: run.peakPhase, load, phases };
}

/** Runs the steps in order and returns every figure, keyed by step. */
export async function runScale({ count = Number(process.env.BENCH_ARTICLES ?? 1000) } = {}) {
  const steps = chosenSteps();
  const f = workFolders();
  const results = { count, steps: [...steps] };
  log(`${count} articles; steps: ${[...steps].join(', ')}; working in ${f.work} and ${f.dist}`);
  try {
    const g0 = performance.now();
    await generateCorpus({ count, out: f.content, log: (m) => log(m.trim()) });
    results.generateMs = performance.now() - g0;
    // Cold builds in rounds, the bare one then the site's: this machine's speed drifts by a fifth
    // within minutes, so each site build is compared with the bare build just before it.
    const rounds = steps.has('bare') && steps.has('cold') ? ROUNDS : 1;
    if (steps.has('bare')) await copyBare(f);
    results.rounds = [];
    for (let round = 1; round <= rounds; round++) {
      const of = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
      const pair = {};
      if (steps.has('bare')) {
        await rm(f.bareCache, { recursive: true, force: true });
        pair.bare = await build(`bare build, cold${of}`, f, count, { bare: true, force: true });
      }
      if (steps.has('cold')) {
        await rm(f.siteCache, { recursive: true, force: true });
        pair.site = await build(`site build, cold${of}`, f, count, { force: true });
      }
      results.rounds.push(pair);
    }
    const fastest = (k) =>
      results.rounds
        .map((p) => p[k])
        .reduce((a, b) => (!a || (b && b.ms < a.ms) ? b : a), undefined);
    results.bareCold = fastest('bare');
    results.cold = fastest('site');
    if (steps.has('bare'))
      results.bareRebuild = await build('bare rebuild', f, count, { bare: true });
    if (steps.has('search') && results.cold) {
      const site = path.join(f.siteDist, 'client');
      log('querying the index…');
      results.search = await measureQueries(existsSync(site) ? site : f.siteDist, log);
    }
    if (steps.has('cards') && results.cold) {
      log('asking the server for Open Graph cards…');
      results.cards = await measureCards({
        repoRoot,
        distDir: f.siteDist,
        contentDir: f.content,
        log,
      });
    }
    if (steps.has('rebuild'))
      results.rebuild = await build('site rebuild, nothing changed', f, count);
    if (steps.has('tip')) {
      const file = approveOneTip(f.content, 'synthetic-00001');
      log(`approved one tip: ${path.relative(f.work, file)}`);
      results.tip = await build('site rebuild, one tip approved', f, count);
      if (steps.has('search') && results.cold) {
        // The tip has an index of its own, which the search box merges in: what it adds to a query.
        log('querying the index, with the tip…');
        results.searchWithTip = await measureQueries(path.join(f.siteDist, 'client'), log);
      }
    }
    return results;
  } finally {
    if (process.env.BENCH_KEEP === '1') log(`kept ${f.work} and ${f.dist}`);
    else {
      await rm(f.work, { recursive: true, force: true });
      await rm(f.dist, { recursive: true, force: true });
    }
  }
}

/** `npm run bench` entry: only with BENCH_SCALE=1, because a run takes many minutes. */
export default async function scale() {
  if (process.env.BENCH_SCALE !== '1') {
    log('skipped (set BENCH_SCALE=1, or run `npm run bench:scale`)');
    return [];
  }
  return scaleRows(await runScale());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runScale();
  if (process.env.BENCH_JSON)
    await writeFile(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
  const rows = scaleRows(results);
  console.table(rows.map(({ metric, value, unit, target }) => ({ metric, value, unit, target })));
}
