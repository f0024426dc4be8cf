#!/usr/bin/env node
/**
 * Where a build's CPU time went: reads the V8 profiles that `node --cpu-prof` wrote (one per
 * thread: the build and each OG worker) and prints the largest costs by self time, grouped by
 * package (node_modules/<name>), by this project's file, or as V8's own work (garbage collection,
 * compiling). Used to find work that grows with the catalogue (issue 10); see README, Scale.
 *
 *   node scripts/bench/scale/profile-summary.mjs <folder of .cpuprofile files> [top = 12]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Time a thread spent blocked on a child process (scripts/build.mjs waiting for Astro): not work. */
export const WAITING = '(waiting for a child process)';

/** The bucket a profile node's self time is counted in. */
export function bucketOf(callFrame) {
  const { url, functionName } = callFrame;
  if (!url) return functionName ? `(${functionName.replace(/^\(|\)$/g, '')})` : '(anonymous)';
  if (functionName === 'spawnSync') return WAITING;
  // The OG worker is eval'd (src/pages/og/_og-worker.cjs); resvg's native rasterising has no
  // JavaScript frame of its own, so it shows as the worker's `draw`.
  if (url.includes('[worker eval]')) return 'OG card worker: resvg rasterising (native)';
  const file = url.replace(/^file:\/\//, '');
  // Chunks of the build itself (the pages' code as Astro bundled it), named without their hash.
  const inBuild = file.includes('/node_modules/.cache/') || !file.includes('/node_modules/');
  const built = /\/(?:dist|\.cache)\/.*\/([^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(file);
  if (built && inBuild) return `built page code: ${built[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1];
  if (file.startsWith('node:')) return 'node: built-ins';
  const src = /\/(src|scripts|content)\/(.*)$/.exec(file);
  return src ? `${src[1]}/${src[2].split('?')[0]}` : path.basename(file);
}

/** Self time in ms per bucket for one profile (samples × their time deltas). */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const bucket = bucketOf(node.callFrame);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(bucket, (totals.get(bucket) ?? 0) + ms);
  });
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const top = Number(process.argv[3] ?? 12);
  if (!dir) {
    console.error('Usage: profile-summary.mjs <folder of .cpuprofile files> [top]');
    process.exit(2);
  }
  const totals = new Map();
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const f of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    for (const [bucket, ms] of selfTimes(profile))
      totals.set(bucket, (totals.get(bucket) ?? 0) + ms);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const idle = (totals.get('(idle)') ?? 0) + (totals.get(WAITING) ?? 0);
  console.log(
    `${files.length} profiles; ${(all / 1000).toFixed(1)} s sampled, of which idle or waiting ${(idle / 1000).toFixed(1)} s`,
  );
  const rows = [...totals]
    .filter(([b]) => b !== '(idle)' && b !== WAITING)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([cost, ms]) => ({
      cost,
      'self s': (ms / 1000).toFixed(1),
      'share of busy': `${((ms / (all - idle)) * 100).toFixed(1)} %`,
    }));
  console.table(rows);
}
