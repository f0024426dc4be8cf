// What a reader downloads to search the built site, through the search box's own code
// (src/lib/search/find.ts: one Pagefind search per word, costly words left out, the shown results'
// text): every query is asked as a reader's first search on a fresh Pagefind instance, so its
// first-query bytes include Pagefind's start-up and the search config, and its later-query bytes
// are what it needs beyond that, nothing cached (an upper bound). Two lists: the readers'
// questions of the relevance set, and a fixed list of words of the synthetic corpus.
import { vocabulary } from '../../corpus/generate.mjs';
import { readRelevanceSet, runRelevance } from '../../search/relevance.ts';

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

/** First-query and later-query bytes (p50, p95) of one list of questions. */
async function bytesOf(siteDir, questions) {
  const run = await runRelevance({ siteDir, questions });
  const later = run.outcomes.map((o) => o.queryBytes);
  return {
    firstP50: run.firstQueryBytesP50,
    laterP50: run.laterQueryBytesP50,
    laterP95: quantile(later, 0.95),
    top1: run.summary.top1,
    questions: questions.length,
  };
}

/** Measures both lists over `siteDir`. */
export async function measureQueries(siteDir, log = console.log) {
  // The set's places are this site's pages, which the synthetic catalogue includes.
  const readers = await bytesOf(siteDir, await readRelevanceSet());
  log(
    `readers' questions (${readers.questions}): first ${(readers.firstP50 / 1024).toFixed(1)} KB, later ${(readers.laterP50 / 1024).toFixed(1)} KB (p50); right place first ${(readers.top1 * 100).toFixed(1)} %`,
  );
  const words = await bytesOf(
    siteDir,
    queryList().map((q) => ({ q, expect: '/', also: [] })),
  );
  log(
    `fixed word list (${words.questions}): first ${(words.firstP50 / 1024).toFixed(1)} KB, later ${(words.laterP50 / 1024).toFixed(1)} KB (p50)`,
  );
  return { readers, words };
}
