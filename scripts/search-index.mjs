#!/usr/bin/env node
/**
 * Indexes an already built site with the same code the Astro integration runs, so the scale
 * benchmark can time indexing and measure its memory on its own. Usage: search-index.mjs <dist>
 * (Node 22 runs the TypeScript module directly by stripping its types.)
 */
import path from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: search-index.mjs <built site folder>');
  process.exit(1);
}
const report = await buildSearchIndex(path.resolve(dir), (m) => console.log(`  ${m}`));
console.log(JSON.stringify(report));
