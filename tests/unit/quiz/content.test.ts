import { readFileSync, existsSync } from 'node:fs';
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

/** Anchors of the reference article's headings, slugged the way the build slugs them. */
const articleSections = new Set(
  [
    ...readFileSync('content/articles/emotional-intimacy.mdx', 'utf8').matchAll(/^#{2,3} (.+)$/gm),
  ].map((m) => slug(m[1] ?? '')),
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

  it('links only to sections that exist in the reference article', () => {
    for (const way of quiz.dimensions.flatMap((d) => d.ways)) {
      const [path, anchor] = way.href.split('#');
      expect(path).toBe('/advice/emotional-intimacy/');
      expect(articleSections.has(anchor ?? ''), way.href).toBe(true);
    }
  });

  it('says it is not a diagnosis and where to find help', () => {
    expect(quiz.note).toMatch(/not a diagnosis/);
    expect(quiz.help).toMatch(/emergency services/);
    expect(quiz.help).toContain('1-800-799-7233');
    expect(quiz.help).toContain('988');
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
    const credit = quiz.sources.find((s) => s.year === 1992);
    expect(credit?.authors).toMatch(/Aron.*Aron.*Smollan/);
    expect(credit?.title).toMatch(/Inclusion of Other in the Self/);
  });
});
