#!/usr/bin/env node
/**
 * `npm run build`: Astro's build, then, once Astro has exited, the search index and the
 * precompressed files side by side (src/integrations/search-step.ts). Astro keeps most of a
 * build's memory until it exits (about 1.5 GB at 1,000 articles, 5 GB at 10,000), and Pagefind's
 * indexer needs its own (0.5 GB, 4 GB): one after the other, the build's peak is the larger of the
 * two instead of their sum. Arguments go to `astro build` (`--force`, `--outDir <dir>`).
 * `astro build` on its own still indexes and compresses in-process (src/integrations/pagefind.ts,
 * compress.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../src/integrations/search-step.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// Astro keeps each page's render scope in an AsyncLocalStorage (its incremental build records what
// a page read). On Node 22 that storage runs a hook on every promise; async context frames (the
// default from Node 24) do without: page generation at 1,020 articles took 5.4-6.2 s instead of
// 6.8-7.4 s, with the same output. Passed only where this Node knows the flag.
const NODE_FLAGS = ['--experimental-async-context-frame'].filter((flag) =>
  process.allowedNodeEnvironmentFlags.has(flag),
);
const astro = spawnSync(
  process.execPath,
  [...NODE_FLAGS, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
  { stdio: 'inherit', env: { ...process.env, SEARCH_INDEX: 'later', COMPRESS: 'later' } },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);

const outAt = args.indexOf('--outDir');
const outDir = path.resolve(root, outAt === -1 ? 'dist' : (args[outAt + 1] ?? 'dist'));
// The server adapter puts the static site in client/; a static build would not.
const site = path.join(outDir, 'client');
const cacheDir = path.resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
/** Runs a Node script to its end; rejects when it fails. */
function runScript(script, scriptArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, script), ...scriptArgs], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

// Both at once (src/integrations/search-step.ts); both are waited for even when one fails, so that
// nothing is still writing when the build exits with the error.
const results = await Promise.allSettled([
  indexSite(site, cacheDir, (m) => console.log(m)),
  runScript('scripts/compress-site.mjs', [site, cacheDir]),
]);
const failed = results.find((r) => r.status === 'rejected');
if (failed) {
  console.error(failed.reason instanceof Error ? failed.reason.message : failed.reason);
  process.exit(1);
}
