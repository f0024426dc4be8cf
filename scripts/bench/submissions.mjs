// Benchmark: accepted submissions per second and latency on loopback, against the built production
// server (`npm run build` first) with the rate limit raised. Each post is a distinct, valid tip
// with its own time-trap token, so every one runs the full path down to a synced SQLite commit.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
        RATE_LIMIT_GLOBAL_MAX: '100000000',
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

/** CPU seconds (user + system) the server process has used so far, from /proc (Linux). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
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
    const cpuBefore = cpuSeconds(child.pid);
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
    const cpuAfter = cpuSeconds(child.pid);
    // Server CPU per accepted post does not depend on what else the machine is doing, unlike
    // wall-clock throughput; 1000 / it is what one free core could accept per second.
    const cpuMs =
      cpuBefore !== undefined && cpuAfter !== undefined
        ? ((cpuAfter - cpuBefore) * 1000) / accepted
        : undefined;
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
        metric: 'server CPU per accepted post',
        value: cpuMs?.toFixed(2) ?? 'n/a',
        unit: 'ms',
        target: '',
      },
      {
        group: 'submissions',
        metric: 'machine load (1 min average)',
        value: loadavg()[0].toFixed(1),
        unit: '',
        target: '',
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
