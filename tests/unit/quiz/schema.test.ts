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
      ways: [
        { label: 'Appreciate', href: '/advice/emotional-intimacy/#show-appreciation' },
        { label: 'Read more', href: '/advice/rebuilding-trust/' },
      ],
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
  method: 'We wrote these ourselves; this is not a validated test.',
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

  it('insists that the method says the quiz is not a validated test', () => {
    expect(problems((q) => (q.method = 'We wrote these ourselves.'))).toEqual([
      'method: must say plainly that the quiz is "not a validated" test',
    ]);
  });

  it('keeps phone numbers out of the help text: they come from content/help', () => {
    expect(problems((q) => (q.help = 'In the US call 1-800-799-7233.'))).toEqual([
      'help: must not hold phone numbers',
    ]);
  });

  it('wants two or three actions per dimension', () => {
    expect(problems((q) => at(q.dimensions, 0).ways.pop())).toEqual([
      'dimensions.0.ways: needs 2 or 3 actions',
    ]);
  });

  it('accepts only article paths and /help/ as help links', () => {
    expect(problems((q) => (at(at(q.dimensions, 0).ways, 0).href = '/help/'))).toEqual([]);
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

  it('turns the strong end of a flagged item into option positions', () => {
    const parsed = schema.parse(flagged());
    expect(parsed.questions[1]).toMatchObject({ flag: 'safety', strongAnswers: [0] });
    expect(parsed.questions[1]).not.toHaveProperty('strongEnd');
  });

  it('names what a flagged item lacks: its strong end, its safety copy, safety-first actions', () => {
    const bad = (edit: (q: ReturnType<typeof flagged>) => void) => {
      const quiz = flagged();
      edit(quiz);
      const parsed = schema.safeParse(quiz);
      return parsed.success
        ? []
        : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(bad((q) => delete at(q.questions, 1).strongEnd)).toEqual([
      'questions.1.strongEnd: is required on a flagged item: which answers count',
    ]);
    expect(bad((q) => delete at(q.questions, 1).safety)).toEqual([
      'questions.1.safety: is required on a flagged item: what a strong answer can mean',
    ]);
    expect(bad((q) => (at(q.questions, 1).strongEnd = ['Nope']))).toEqual([
      'questions.1.strongEnd: "Nope" is not an option of this item\'s scale',
    ]);
    expect(bad((q) => delete at(q.dimensions, 0).safetyWays)).toEqual([
      'dimensions.0.safetyWays: are required: this dimension has a flagged item',
    ]);
  });

  it('refuses safety copy or a strong end on an item that is not flagged', () => {
    expect(
      problems((q) => Object.assign(at(q.questions, 0), { strongEnd: ['Yes'], safety: 'Why.' })),
    ).toEqual([
      'questions.0.strongEnd: belongs to a flagged item: add "flag: safety" or remove it',
      'questions.0.safety: belongs to a flagged item: add "flag: safety" or remove it',
    ]);
  });

  it('keeps a standalone item out of every dimension, and needs one scored item', () => {
    expect(problems((q) => Object.assign(at(q.questions, 0), { standalone: true }))).toEqual([
      'questions.0.dimension: must be left out on a standalone item: it counts toward no score',
    ]);
    expect(
      problems((q) => {
        for (const item of q.questions)
          Object.assign(item, { standalone: true, dimension: undefined });
      }),
    ).toContain('questions: needs at least one item that is scored');
  });
});

interface Item {
  id: string;
  text: string;
  dimension: string;
  reverse?: boolean;
  flag?: 'safety';
  strongEnd?: string[];
  safety?: string;
}

/** The sound quiz with its reverse-keyed item flagged as a warning sign. */
function flagged() {
  const quiz = valid();
  const questions: Item[] = [
    at(quiz.questions, 0),
    { ...at(quiz.questions, 1), flag: 'safety', strongEnd: ['No'], safety: 'What this can mean.' },
  ];
  const dimensions: (Quiz['dimensions'][number] & {
    safetyWays?: { label: string; href: string }[];
  })[] = quiz.dimensions.map((d) => ({
    ...d,
    safetyWays: [{ label: 'Get help', href: '/help/' }],
  }));
  return { ...quiz, dimensions, questions };
}
