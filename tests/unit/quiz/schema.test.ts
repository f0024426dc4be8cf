import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { quizSchema } from '../../../src/schemas/quiz';

// Stands in for reference('articles'): only these articles exist.
const articles = new Set(['emotional-intimacy', 'rebuilding-trust']);
const schema = quizSchema({
  article: z.string().refine((slug) => articles.has(slug), 'is not an article that exists'),
});

const valid = () => ({
  title: 'A test quiz',
  description:
    'A description long enough for the schema, which wants at least seventy characters of text.',
  shortTitle: 'Test',
  intro: 'Answer honestly.',
  minutes: 2,
  scales: [{ id: 'agree', options: [{ label: 'No' }, { label: 'Yes' }] }],
  dimensions: [
    {
      id: 'love',
      label: 'Love',
      meaning: 'Warmth.',
      ways: [{ label: 'Appreciate', href: '/advice/emotional-intimacy/#show-appreciation' }],
      starter: 'What do you miss?',
    },
  ],
  questions: [
    { id: 'q1', text: 'One', dimension: 'love' },
    { id: 'q2', text: 'Two', dimension: 'love', reverse: true },
  ],
  bands: [
    { id: 'low', min: 0, max: 49, title: 'Low', interpretation: 'Low.' },
    { id: 'high', min: 50, max: 100, title: 'High', interpretation: 'High.' },
  ],
  note: 'This is not a diagnosis.',
  help: 'Call your local emergency services if you feel unsafe.',
  related: ['emotional-intimacy'],
});

type Quiz = ReturnType<typeof valid>;

/** The item at an index, failing the test loudly if the fixture has fewer. */
function at<T>(items: T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

function problems(edit: (q: Quiz) => void): string[] {
  const quiz = valid();
  edit(quiz);
  const parsed = schema.safeParse(quiz);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quiz schema', () => {
  it('accepts a sound quiz and fills in defaults', () => {
    const parsed = schema.parse(valid());
    expect(parsed.questions.map((q) => [q.scale, q.reverse])).toEqual([
      ['agree', false],
      ['agree', true],
    ]);
    expect(parsed.sources).toEqual([]);
  });

  it('names an unknown dimension and lists the known ones', () => {
    expect(problems((q) => (at(q.questions, 1).dimension = 'lvoe'))).toEqual([
      'questions.1.dimension: unknown dimension "lvoe" (this quiz has: love)',
    ]);
  });

  it('names a dimension without questions', () => {
    expect(
      problems((q) => q.dimensions.push({ ...at(q.dimensions, 0), id: 'trust', label: 'Trust' })),
    ).toEqual([
      'dimensions.1: dimension "trust" has no questions: add one or remove the dimension',
    ]);
  });

  it('names a gap between bands', () => {
    expect(problems((q) => (at(q.bands, 1).min = 55))).toEqual([
      'bands.1.min: leaves a gap: scores 50 to 54 have no band (bands go lowest first)',
    ]);
  });

  it('names an overlap between bands', () => {
    expect(problems((q) => (at(q.bands, 1).min = 40))).toEqual([
      'bands.1.min: overlaps the band before it: 40 to 49 would be in two bands',
    ]);
  });

  it('names bands that do not start at 0 or end at 100', () => {
    expect(problems((q) => (at(q.bands, 0).min = 5))).toEqual([
      'bands.0.min: leaves a gap: scores 0 to 4 have no band (bands go lowest first)',
    ]);
    expect(problems((q) => (at(q.bands, 1).max = 90))).toEqual([
      'bands.1.max: leaves a gap: scores 91 to 100 have no band (the last band must end at 100)',
    ]);
  });

  it('names bands listed out of order or upside down', () => {
    expect(problems((q) => q.bands.reverse())).toContain(
      'bands.0.min: leaves a gap: scores 0 to 49 have no band (bands go lowest first)',
    );
    expect(problems((q) => (at(q.bands, 0).max = -1))).not.toEqual([]);
  });

  it('names a related article that does not exist', () => {
    expect(problems((q) => q.related.push('no-such-article'))).toEqual([
      'related.1: is not an article that exists',
    ]);
  });

  it('names repeated ids and unknown scales', () => {
    expect(problems((q) => (at(q.questions, 1).id = 'q1'))).toEqual([
      'questions.1.id: repeats the id "q1"',
    ]);
    expect(problems((q) => Object.assign(at(q.questions, 0), { scale: 'often' }))).toEqual([
      'questions.0.scale: unknown scale "often"',
    ]);
  });

  it('insists that the note says it is not a diagnosis', () => {
    expect(problems((q) => (q.note = 'Just for fun.'))).toEqual([
      'note: must say plainly that the quiz is "not a diagnosis"',
    ]);
  });

  it('accepts only article paths as help links', () => {
    expect(
      problems((q) => (at(at(q.dimensions, 0).ways, 0).href = 'javascript:alert(1)')),
    ).toHaveLength(1);
    expect(
      problems((q) => (at(at(q.dimensions, 0).ways, 0).href = 'https://example.com/')),
    ).toHaveLength(1);
  });

  it('refuses scales with more than ten options (answers are one digit in links)', () => {
    expect(
      problems(
        (q) => (at(q.scales, 0).options = Array.from({ length: 11 }, () => ({ label: 'x' }))),
      ),
    ).toEqual(['scales.0.options: has more than 10 options']);
  });
});
