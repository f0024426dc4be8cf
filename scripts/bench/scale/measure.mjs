// Runs one build as a child process and measures it: wall time, the peak resident memory of its
// whole process tree (Astro, Pagefind's binary, any workers), and the phases its log reports.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setInterval, clearInterval } from 'node:timers';

/** Sum of the resident memory (KB) of a process and all its descendants, from /proc (Linux). */
export async function treeRssKb(pid) {
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

// eslint-disable-next-line no-control-regex -- the log's colour codes are what this removes
const ansi = /\u001b\[[0-9;]*m/g;
const ROUTE_LINE = /[├└]─ (\S+)/;
const ALWAYS_SHOWN =
  /error|✓|generating|prerendering|Collecting|Building|\[closer:|\[content\] Synced|Complete!/i;

/**
 * Runs `node args…` and resolves with { ms, peakMb, log }. Prints progress as it goes: the
 * lines that mark a phase, and a count of routes every `routeEvery` routes.
 */
export function runMeasured(label, args, { cwd, env = {}, routeEvery = 500, log = console.log }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let peakKb = 0;
    /** The last phase line printed before the peak: where the memory went. */
    let peakPhase = '';
    let phase = 'starting';
    let routes = 0;
    let pending = '';
    const lines = [];
    const poll = setInterval(() => {
      void treeRssKb(child.pid).then((kb) => {
        if (kb <= peakKb) return;
        peakKb = kb;
        peakPhase = phase;
      });
    }, 250);
    const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
    const onLine = (raw) => {
      const line = raw.replace(ansi, '');
      if (!line.trim()) return;
      lines.push(line);
      if (ROUTE_LINE.test(line)) {
        routes += 1;
        phase = 'generating pages';
        if (routes % routeEvery === 0) log(`${label}: ${routes} routes after ${seconds()} s`);
      } else if (ALWAYS_SHOWN.test(line)) {
        phase = line
          .trim()
          .replace(/^\d\d:\d\d:\d\d /, '')
          .slice(0, 80);
        log(`${label} ${seconds()} s: ${line.trim().slice(0, 150)}`);
      }
    };
    const onData = (buf) => {
      const parts = (pending + buf.toString()).split('\n');
      pending = parts.pop() ?? '';
      parts.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(poll);
      onLine(pending);
      const ms = performance.now() - started;
      const text = lines.join('\n');
      if (code !== 0)
        reject(new Error(`${label} failed (exit ${code}):\n${lines.slice(-30).join('\n')}`));
      else resolve({ ms, peakMb: peakKb / 1024, peakPhase, log: text });
    });
  });
}

/** "2.82s", "755ms", "1m 3s" (Astro's time stats) in milliseconds. */
export function parseDuration(text) {
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    ms += Number(n) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
  }
  return ms;
}

/** The routes' own render times, summed by kind (from the "(+12ms)" after each route). */
function routeTimes(lines) {
  const sums = { article: 0, other: 0, articleCount: 0, cached: 0 };
  for (let i = 0; i < lines.length; i++) {
    const route = ROUTE_LINE.exec(lines[i])?.[1];
    if (!route) continue;
    // The time is on the same line, or on the next one when Astro printed the route first.
    const tail = `${lines[i]} ${lines[i + 1] && !ROUTE_LINE.test(lines[i + 1]) ? lines[i + 1] : ''}`;
    if (/\((cached|restored)\)/.test(tail)) sums.cached += 1;
    const ms = parseDuration(/\(\+([^)]+)\)/.exec(tail)?.[1] ?? '');
    if (/^\/advice\/[^/]+\/index\.html$/.test(route)) {
      sums.article += ms;
      sums.articleCount += 1;
    } else sums.other += ms;
  }
  return sums;
}

/** Where the build's time went, as far as its log says. All times in ms; absent phases are null. */
export function parsePhases(log) {
  const lines = log.split('\n');
  const after = (marker) => {
    const at = lines.findIndex((l) => l.includes(marker));
    if (at < 0) return null;
    const done = lines.slice(at).find((l) => /✓ Completed in/.test(l));
    return done ? parseDuration(done.split('Completed in')[1]) : null;
  };
  const find = (re) => {
    const m = lines.map((l) => re.exec(l)).find(Boolean);
    return m ? Number(m[1]) : null;
  };
  return {
    pages: after('generating static routes') ?? after('prerendering static routes'),
    routes: routeTimes(lines),
    pagefindMs: find(/search index\b.* (?:written|copied) to .* in (\d+) ms/),
    compressMs: find(/\[closer:compress\] (?!search index).* in (\d+) ms/),
  };
}
