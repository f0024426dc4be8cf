import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { slug } from 'github-slugger';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { quizSchema } from '../../../src/schemas/quiz';
import { scoreQuiz } from '../../../src/lib/quiz/scoring';

// js-yaml is what Astro's own loader reads YAML with; it ships without types, hence require.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const schema = quizSchema({ article: z.string() });
const load = (quizSlug: string) => {
  const data = schema.parse(yaml.load(readFileSync(`content/quizzes/${quizSlug}.yaml`, 'utf8')));
  return { slug: quizSlug, ...data };
};
const slugs = ['closeness', 'communication-check-in', 'trust'];

/** Each article's section anchors, from its headings slugged the way the build slugs them. */
const sections = new Map(
  readdirSync('content/articles')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [
      f.replace(/\.mdx$/, ''),
      new Set(
        [...readFileSync(`content/articles/${f}`, 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
          slug(m[1] ?? ''),
        ),
      ),
    ]),
);

describe.each(slugs)('content/quizzes/%s.yaml', (slug) => {
  const quiz = load(slug);

  it('passes the schema and scores from 0 to 100', () => {
    const counts = quiz.questions.map(
      (q) => quiz.scales.find((s) => s.id === q.scale)?.options.length ?? 0,
    );
    const best = quiz.questions.map((q, i) => (q.reverse ? 0 : (counts[i] ?? 1) - 1));
    const worst = quiz.questions.map((q, i) => (q.reverse ? (counts[i] ?? 1) - 1 : 0));
    expect(scoreQuiz(quiz, best).overall).toBe(100);
    expect(scoreQuiz(quiz, worst).overall).toBe(0);
  });

  it('has at least three items per dimension, one of them reverse-keyed', () => {
    for (const d of quiz.dimensions) {
      const items = quiz.questions.filter((q) => q.dimension === d.id);
      expect(items.length, d.id).toBeGreaterThanOrEqual(3);
      expect(
        items.some((q) => q.reverse),
        d.id,
      ).toBe(true);
    }
  });

  it('links every action to an article and section that exist, or to /help/', () => {
    const actions = quiz.dimensions.flatMap((d) => [...d.ways, ...(d.safetyWays ?? [])]);
    for (const { href } of actions) {
      if (href === '/help/') continue;
      const [, article, anchor] = /^\/advice\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(href) ?? [];
      expect(sections.has(article ?? ''), `${href}: no such article`).toBe(true);
      if (anchor)
        expect(sections.get(article ?? '')?.has(anchor), `${href}: no such section`).toBe(true);
    }
  });

  it('suggests two or three actions for each dimension', () => {
    for (const d of quiz.dimensions) expect(d.ways.length, d.id).toBeGreaterThanOrEqual(2);
  });

  it('says it is not a diagnosis, not a validated test, and leaves numbers to content/help', () => {
    expect(quiz.note).toMatch(/not a diagnosis/);
    expect(quiz.method).toMatch(/not a validated test/);
    expect(quiz.help).not.toMatch(/\d{3}/);
  });

  it('relates only to articles that exist', () => {
    for (const article of quiz.related) {
      expect(existsSync(`content/articles/${article}.mdx`), article).toBe(true);
    }
  });
});

describe('the closeness quiz', () => {
  const quiz = load('closeness');

  it('measures the five signs of the reference article', () => {
    expect(quiz.dimensions.map((d) => d.id)).toEqual([
      'love',
      'trust',
      'respect',
      'passion',
      'support',
    ]);
  });

  it('has one picture item of overlapping circles, credited to Aron, Aron and Smollan (1992)', () => {
    const pictures = quiz.questions.filter(
      (q) => quiz.scales.find((s) => s.id === q.scale)?.kind === 'circles',
    );
    expect(pictures).toHaveLength(1);
    expect(pictures[0]?.dimension).toBeUndefined();
    // The original is a single-item scale: the picture is shown alone, never averaged into a score.
    expect(pictures[0]?.standalone).toBe(true);
    expect(pictures[0]?.text).toMatch(/Adapted from the Inclusion of Other in the Self scale/);
    expect(quiz.method).toMatch(/adapted from the Inclusion of Other in the Self scale/);
    const credit = quiz.sources.find((s) => s.year === 1992);
    expect(credit?.authors).toMatch(/Aron.*Aron.*Smollan/);
    expect(credit?.title).toMatch(/Inclusion of Other in the Self/);
  });
});
