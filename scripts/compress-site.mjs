#!/usr/bin/env node
/**
 * `node scripts/compress-site.mjs <site> <cacheDir>`: precompresses a built site, leaving out what
 * the search index step writes (src/integrations/search-step.ts). scripts/build.mjs runs it beside
 * the indexer, at a lower priority: the threads zlib starts from here inherit it, so the indexer
 * keeps the cores it can use and the compression takes the rest.
 */
import { constants, setPriority } from 'node:os';
import { compressSite } from '../src/integrations/search-step.ts';

const [site, cacheDir] = process.argv.slice(2);
if (!site || !cacheDir) {
  console.error('Usage: node scripts/compress-site.mjs <site> <cacheDir>');
  process.exit(2);
}
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // Not allowed here (some containers): compress at the usual priority.
}
try {
  await compressSite(site, cacheDir, (m) => console.log(m));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
