/**
 * `npm run search:relevance`: scores the relevance set against the built index (run
 * `npm run build` first) and prints top-1, top-3, MRR, bytes per query and every question that did
 * not come first. `-- --json` prints the whole run as JSON instead; `-- --set <file>` scores another
 * set (for example tests/search/relevance-holdout.yaml); `-- --summary` prints the figures only, never
 * the questions or the misses (for the blind set, whose questions must not steer the tuning).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  formatRun,
  missingTargets,
  readRelevanceSet,
  RELEVANCE_SET,
  runRelevance,
} from './relevance.ts';

const siteDir = path.resolve(existsSync('dist/client') ? 'dist/client' : 'dist');
if (!existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${siteDir}. Run "npm run build" first.`);
  process.exit(1);
}
const setAt = process.argv.indexOf('--set');
const questions = await readRelevanceSet(setAt === -1 ? RELEVANCE_SET : process.argv[setAt + 1]);
const missing = await missingTargets(siteDir, questions);
if (missing.length > 0) {
  console.error(
    `The relevance set names places the built site does not have:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
const run = await runRelevance({ siteDir, questions });
const summaryOnly = process.argv.includes('--summary');
if (summaryOnly) console.log(formatRun(run, { misses: false }));
else console.log(process.argv.includes('--json') ? JSON.stringify(run, null, 2) : formatRun(run));
