// Runs every benchmark module in scripts/bench/ and prints one table of figures against targets.
// Each module: export default async function () { return [{ group, metric, value, unit, target }] }.
// Usage: npm run bench [-- name ...]   (names filter modules, e.g. "npm run bench -- article")
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv.slice(2);
const dir = join(import.meta.dirname, 'bench');
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const file of modules) {
  console.error(`bench: running ${file}…`);
  const started = performance.now();
  try {
    const { default: run } = await import(pathToFileURL(join(dir, file)).href);
    rows.push(...(await run()));
  } catch (error) {
    rows.push({
      group: file,
      metric: 'FAILED',
      value: String(error?.message ?? error).slice(0, 80),
      unit: '',
      target: '',
    });
  }
  console.error(`bench: ${file} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const header = ['group', 'metric', 'value', 'unit', 'target'];
const cells = rows.map((r) => header.map((h) => String(r[h] ?? '')));
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const c of cells) console.log(line(c));
