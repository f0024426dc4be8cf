import { expect, test } from '@playwright/test';
import {
  formatRun,
  missingTargets,
  readRelevanceSet,
  readSearchConfig,
  runRelevance,
  siteSearch,
} from '../../scripts/search/relevance';
import { TARGETS } from '../../scripts/search/relevance-metrics';
import { expectedFirst } from './search-queries';

// These run Pagefind's own browser bundle in Node against the built index (no page needed), through
// the search box's own code (src/lib/search/find.ts): hundreds of questions in seconds.
const siteDir = 'dist/client';

/**
 * What the tuning set reached (top-1 86.0 %, MRR 0.890 by first result, with crisis questions
 * led by /help/, questions about control led by the safety topic, quiz questions by the quizzes
 * they matched, question frames (a mismatch between partners among them), and a second answer on
 * the first result, and a promise as readers report it in the vocabulary; see
 * docs/search.md), less one question's worth (1/93), as a floor that catches a regression.
 * The issue 13 targets are top-1 ≥ 90 % and MRR ≥ 0.93
 * (TARGETS): they are not reached, so this is a floor, not a target test.
 */
const FLOOR = { top1: 0.849, mrr: 0.879 };

test.describe('search relevance against the built index', () => {
  test('every place the relevance set names exists on the built site', async () => {
    expect(await missingTargets(siteDir, await readRelevanceSet())).toEqual([]);
  });

  test('the Node evaluator ranks the fixed query set as the browser does', async () => {
    // search.spec.ts checks these first results in Chromium; if Node disagreed, the scores below
    // would not describe what readers see.
    const questions = expectedFirst.map((e) => ({ q: e.query, expect: e.href, also: [] }));
    const run = await runRelevance({
      siteDir,
      questions,
      search: siteSearch(await readSearchConfig(siteDir)),
      measureBytes: false,
    });
    expect(run.outcomes.map((o) => `${o.q} → ${o.linkRank}`)).toEqual(
      expectedFirst.map((e) => `${e.query} → 1`),
    );
  });

  test(`readers' questions stay at or above the measured floor (targets: top-1 ≥ ${TARGETS.top1 * 100} %, MRR ≥ ${TARGETS.mrr})`, async () => {
    test.setTimeout(120_000);
    const questions = await readRelevanceSet();
    const run = await runRelevance({ siteDir, questions, measureBytes: false });
    await test.info().attach('relevance.txt', { body: formatRun(run), contentType: 'text/plain' });
    expect(run.outcomes).toHaveLength(questions.length);
    expect(run.summary.top1).toBeGreaterThanOrEqual(FLOOR.top1);
    expect(run.summary.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
  });
});
