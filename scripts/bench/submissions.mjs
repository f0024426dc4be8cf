// Benchmark: accepted submissions per second and latency on loopback, against the built production
// server (`npm run build` first) with the rate limit raised. Each post is a distinct, valid tip
// with its own time-trap token, so every one runs the full path down to a synced SQLite commit.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken } from '../../src/server/submissions/token.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SECRET = 'bench-secret';
const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

function start(dataDir) {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/serve.mjs'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dataDir,
        SUBMISSION_SECRET: SECRET,
        RATE_LIMIT_MAX: '100000000',
        TOKEN_MIN_AGE_MS: '0',
        ASTRO_NODE_LOGGING: 'disabled',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`server exited (${code}) ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /serving on (http:\/\/\S+?)\/?\s/.exec(out);
      if (match) resolve({ url: match[1], child });
    });
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export default async function () {
  if (!existsSync(join(ROOT, 'dist', 'server', 'entry.mjs'))) {
    return [
      {
        group: 'submissions',
        metric: 'skipped: run npm run build first',
        value: '',
        unit: '',
        target: '',
      },
    ];
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'closer-bench-'));
  const { url, child } = await start(dataDir);
  const endpoint = `${url}/api/submissions/tip/`;
  const post = (n) =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({
        article: 'emotional-intimacy',
        kind: 'text',
        text: `Benchmark tip ${n}: ask each other one new question every evening.`,
        consent: true,
        token: issueToken(SECRET, Date.now() - 1000),
      }),
    });

  try {
    // Warm up the route, the content lookup and the prepared statements.
    for (let i = 0; i < 50; i += 1) await (await post(`warm-${i}`)).arrayBuffer();

    const latencies = [];
    let accepted = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) {
          const n = next++;
          const t0 = performance.now();
          const res = await post(n);
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
          if (res.status === 201) accepted += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return [
      {
        group: 'submissions',
        metric: `accepted (of ${TOTAL}, ${CONCURRENCY} in flight)`,
        value: accepted,
        unit: 'posts',
        target: `${TOTAL}`,
      },
      {
        group: 'submissions',
        metric: 'accepted per second',
        value: Math.round(accepted / seconds),
        unit: '/s',
        target: '>= 1000',
      },
      {
        group: 'submissions',
        metric: 'latency p50',
        value: percentile(latencies, 50).toFixed(1),
        unit: 'ms',
        target: '',
      },
      {
        group: 'submissions',
        metric: 'latency p99',
        value: percentile(latencies, 99).toFixed(1),
        unit: 'ms',
        target: '<= 50',
      },
    ];
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
