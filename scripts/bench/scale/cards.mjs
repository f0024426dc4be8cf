// What Open Graph cards cost now that the server draws them on first request (src/pages/og/): the
// built site is served by the production server (scripts/serve.mjs) with an empty DATA_DIR, and a
// sample of article cards is asked for as crawlers would: one at a time, then eight at a time, then
// again (from disk). Reports each answer's time and the server's memory after drawing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { quantile } from './queries.mjs';

/** Starts the server on the build in `distDir`; resolves with its URL and process. */
function serve(repoRoot, distDir, dataDir) {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/serve.mjs'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DIST_DIR: distDir,
        DATA_DIR: dataDir,
        PORT: '0',
        SUBMISSION_SECRET: 'bench',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stderr.on('data', (c) => (out += c));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    child.stdout.on('data', (c) => {
      out += c;
      const url = /serving on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url: url.replace(/\/$/, ''), child });
    });
  });
}

async function timed(url) {
  const t0 = performance.now();
  const res = await fetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200 || bytes < 1000) throw new Error(`${url}: ${res.status}, ${bytes} bytes`);
  return performance.now() - t0;
}

async function inBatches(urls, width) {
  const times = [];
  for (let i = 0; i < urls.length; i += width)
    times.push(...(await Promise.all(urls.slice(i, i + width).map(timed))));
  return times;
}

const rssMb = (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Times of `sample` article cards (half drawn one at a time, half eight at a time, then all from disk). */
export async function measureCards({ repoRoot, distDir, contentDir, sample = 200, log }) {
  const slugs = readdirSync(path.join(contentDir, 'articles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .slice(0, sample);
  const urls = (s) => s.map((slug) => `/og/advice/${slug}.png`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'closer-scale-cards-'));
  const { url, child } = await serve(repoRoot, distDir, dataDir);
  try {
    const rssBefore = rssMb(child.pid);
    const half = Math.floor(slugs.length / 2);
    const one = await inBatches(
      urls(slugs.slice(0, half)).map((u) => url + u),
      1,
    );
    const t0 = performance.now();
    const eight = await inBatches(
      urls(slugs.slice(half)).map((u) => url + u),
      8,
    );
    const eightWall = performance.now() - t0;
    const disk = await inBatches(
      urls(slugs).map((u) => url + u),
      1,
    );
    const result = {
      cards: slugs.length,
      drawnOneAtATime: { p50: quantile(one, 0.5), p95: quantile(one, 0.95), first: one[0] },
      drawnEightAtATime: {
        perCardMs: eightWall / (slugs.length - half),
        p95: quantile(eight, 0.95),
      },
      fromDisk: { p50: quantile(disk, 0.5), p95: quantile(disk, 0.95) },
      rssMb: { before: rssBefore, after: rssMb(child.pid) },
    };
    log(`cards: ${JSON.stringify(result)}`);
    return result;
  } finally {
    child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}
