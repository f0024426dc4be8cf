import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  accepted,
  longestSharedRun,
  parseRelevanceSet,
  words,
} from '../../scripts/search/relevance-set';
import { placeExists, readSiteWording, siteSentences } from '../../scripts/search/site-wording';

describe('parseRelevanceSet', () => {
  it('accepts articles, answers, quizzes and site pages, with optional alternatives', () => {
    const set = parseRelevanceSet([
      { q: ' my wife never listens ', expect: '/advice/a/' },
      { q: 'b', expect: '/advice/a/#faq-x', also: ['/advice/a/'], note: 'why' },
      { q: 'c', expect: '/quizzes/trust/' },
      { q: 'd', expect: '/help/' },
    ]);
    expect(set[0]).toEqual({ q: 'my wife never listens', expect: '/advice/a/', also: [] });
    const [, second] = set;
    expect(second && accepted(second)).toEqual(['/advice/a/#faq-x', '/advice/a/']);
    expect(set[1]?.note).toBe('why');
  });

  it('names the entry and field of a bad value', () => {
    expect(() => parseRelevanceSet({})).toThrow('relevance set: root must be a list');
    expect(() => parseRelevanceSet([{ q: '', expect: '/help/' }])).toThrow('[0].q');
    expect(() => parseRelevanceSet([{ q: 'a', expect: 'advice/a' }])).toThrow('[0].expect');
    expect(() => parseRelevanceSet([{ q: 'a', expect: '/advice/a/#x' }])).toThrow('[0].expect');
    expect(() => parseRelevanceSet([{ q: 'a', expect: '/help/', also: '/faq/' }])).toThrow(
      '[0].also must be a list',
    );
    expect(() => parseRelevanceSet([{ q: 'a', expect: '/help/', excpet: 1 }])).toThrow(
      'unknown keys: excpet',
    );
  });

  it('rejects a question asked twice', () => {
    expect(() =>
      parseRelevanceSet([
        { q: 'Cheating', expect: '/help/' },
        { q: 'cheating', expect: '/help/' },
      ]),
    ).toThrow('[1].q repeats an earlier question');
  });
});

describe('longestSharedRun', () => {
  it('finds the longest run of words two texts share, ignoring case and punctuation', () => {
    expect(words("Don't fix it, listen!")).toEqual(["don't", 'fix', 'it', 'listen']);
    expect(
      longestSharedRun('how can we spend time together cheaply', 'Spend time together, cheaply?'),
    ).toEqual(['spend', 'time', 'together', 'cheaply']);
    expect(longestSharedRun('one two', 'three four')).toEqual([]);
  });
});

// The sets themselves: in readers' words, pointing at places that exist, covering the site.
const site = readSiteWording();
const sentences = siteSentences(site);
// The blind sets are checked too: a failure would show their questions, but only when one is wrong.
for (const file of [
  'tests/search/relevance.yaml',
  'tests/search/relevance-holdout.yaml',
  'tests/search/relevance-blind.yaml',
  'tests/search/relevance-blind-2.yaml',
  'tests/search/relevance-blind-3.yaml',
]) {
  describe(file, () => {
    const set = parseRelevanceSet(parse(readFileSync(file, 'utf8')));

    it('copies no run of 5 or more words from a title, heading or FAQ question', () => {
      const copied = set.flatMap(({ q }) =>
        sentences
          .map((s) => ({ s, run: longestSharedRun(q, s) }))
          .filter(({ run }) => run.length >= 5)
          .map(({ s, run }) => `"${q}" shares "${run.join(' ')}" with "${s}"`),
      );
      expect(copied).toEqual([]);
    });

    it('points only at articles, answers, quizzes and pages that exist', () => {
      const missing = set.flatMap(accepted).filter((p) => !placeExists(site, p));
      expect(missing).toEqual([]);
    });
  });
}

describe('tests/search/relevance.yaml coverage', () => {
  const set = parseRelevanceSet(parse(readFileSync('tests/search/relevance.yaml', 'utf8')));
  const slugOf = (place: string) => /^\/advice\/([a-z0-9-]+)\//.exec(place)?.[1];

  it('has at least 70 questions', () => {
    expect(set.length).toBeGreaterThanOrEqual(70);
  });

  it('asks for every article, in every topic, and for every quiz', () => {
    const asked = new Set(set.map((q) => slugOf(q.expect)));
    expect(site.articles.filter((a) => !asked.has(a.slug)).map((a) => a.slug)).toEqual([]);
    const topics = new Set(site.articles.filter((a) => asked.has(a.slug)).map((a) => a.topic));
    expect(site.topics.filter((t) => !topics.has(t.id)).map((t) => t.id)).toEqual([]);
    const quizzes = site.quizzes.filter(
      (z) => !set.some((q) => q.expect === `/quizzes/${z.slug}/`),
    );
    expect(quizzes.map((z) => z.slug)).toEqual([]);
  });

  it('asks for at least four in five FAQ answers', () => {
    const answers = site.articles.flatMap((a) =>
      a.faq.map((f) => `/advice/${a.slug}/#faq-${f.id}`),
    );
    const asked = answers.filter((a) => set.some((q) => q.expect === a));
    expect(asked.length / answers.length).toBeGreaterThanOrEqual(0.8);
  });
});
