import { expect, test } from '@playwright/test';
import {
  clientSearch,
  formatRun,
  missingTargets,
  readRelevanceSet,
  runRelevance,
} from '../../scripts/search/relevance';
import { TARGETS } from '../../scripts/search/relevance-metrics';
import { expectedFirst } from './search-queries';

// These run Pagefind's own browser bundle in Node against the built index (no page needed): the
// same ranking the site's search box gets, hundreds of questions in seconds.
const siteDir = 'dist/client';

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
      search: clientSearch,
      measureBytes: false,
    });
    expect(run.outcomes.map((o) => `${o.q} → ${o.rank}`)).toEqual(
      expectedFirst.map((e) => `${e.query} → 1`),
    );
  });

  test('scores every question of the set and reports the figures', async () => {
    // Kept apart from the threshold test below, so that a broken evaluator fails here rather than
    // passing as that test's expected failure.
    const questions = await readRelevanceSet();
    const run = await runRelevance({ siteDir, questions, measureBytes: false });
    await test.info().attach('relevance.txt', { body: formatRun(run), contentType: 'text/plain' });
    expect(run.outcomes).toHaveLength(questions.length);
    expect(run.outcomes.filter((o) => o.results > 0).length).toBeGreaterThan(questions.length / 2);
  });

  test(`readers' questions: top-1 ≥ ${TARGETS.top1 * 100} % and MRR ≥ ${TARGETS.mrr}`, async () => {
    // Issue 13, phase A: this measures today's search (top-1 10.8 %, MRR 0.137 on 93 questions)
    // and is expected to fail. Phase B lifts the ranking and removes this line.
    test.fail(true, 'baseline below the issue 13 targets until phase B');
    test.setTimeout(120_000);
    const run = await runRelevance({
      siteDir,
      questions: await readRelevanceSet(),
      measureBytes: false,
    });
    expect(run.summary.top1).toBeGreaterThanOrEqual(TARGETS.top1);
    expect(run.summary.mrr).toBeGreaterThanOrEqual(TARGETS.mrr);
  });
});
