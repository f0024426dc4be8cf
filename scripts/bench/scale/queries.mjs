// What a reader downloads to search the built site: one Pagefind session in Node (the search
// helper's evaluator, scripts/search/pagefind-node.ts), the first query paying for Pagefind's
// start-up, later ones only for the index chunks and fragments they need.
import { performance } from 'node:perf_hooks';
import { vocabulary } from '../../corpus/generate.mjs';
import { loadPagefind, meter } from '../../search/pagefind-node.ts';

/** The dialog shows this many results; their data (title, excerpt) is part of a query's cost. */
const SHOWN = 8;

/** A fixed query list: topic words, everyday words, rare words of the corpus, two-word queries. */
export function queryList() {
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

export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

const total = (b) => b.startup + b.index + b.fragment + b.filter;

/** Runs the query list in one session over `siteDir`; returns each query's bytes and time. */
export async function measureQueries(siteDir, log = console.log) {
  meter.reset();
  const started = performance.now();
  const pf = await loadPagefind(siteDir);
  const runs = [];
  try {
    for (const [i, q] of queryList().entries()) {
      const t0 = i === 0 ? started : performance.now();
      const found = (await pf.search(q))?.results ?? [];
      await Promise.all(found.slice(0, SHOWN).map((r) => r.data()));
      runs.push({
        q,
        results: found.length,
        bytes: total(meter.bytes),
        ms: performance.now() - t0,
      });
      if (i === 0) {
        const kinds = Object.entries(meter.bytes).map(
          ([k, b]) => `${k} ${(b / 1024).toFixed(1)} KB`,
        );
        log(`first query "${q}": ${kinds.join(', ')}`);
      }
      meter.reset();
    }
  } finally {
    await pf.destroy();
  }
  const later = runs.slice(1).map((r) => r.bytes);
  return {
    runs,
    firstBytes: runs[0]?.bytes ?? 0,
    laterP50: quantile(later, 0.5),
    laterP95: quantile(later, 0.95),
  };
}
