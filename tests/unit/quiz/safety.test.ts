import { describe, expect, it } from 'vitest';
import { actionsFor, safetyActions, safetyConcerns } from '../../../src/lib/quiz/safety';
import type { QuizDefinition } from '../../../src/lib/quiz/types';
import { best, quiz as base, worst } from './fixture';

// The fixture with one warning sign: "t2" (trust, reverse-keyed) counts at its top option only.
const help = { label: 'Look for help safely', href: '/help/' };
const quiz: QuizDefinition = {
  ...base,
  dimensions: base.dimensions.map((d) =>
    d.id === 'trust'
      ? { ...d, ways: [{ label: 'Listen more', href: '/advice/x/' }], safetyWays: [help] }
      : { ...d, ways: [{ label: 'Say thanks', href: '/advice/y/' }] },
  ),
  questions: base.questions.map((q) =>
    q.id === 't2' ? { ...q, flag: 'safety', strongAnswers: [3], safety: 'What it can mean.' } : q,
  ),
};
const t2 = 3;
const withT2 = (answer: number) => best.map((a, i) => (i === t2 ? answer : a));

describe('when the safety section shows', () => {
  it('shows for a warning sign answered at its strong end', () => {
    expect(safetyConcerns(quiz, withT2(3)).map((q) => q.id)).toEqual(['t2']);
  });

  it('does not show for the same item answered short of its strong end', () => {
    for (const answer of [0, 1, 2]) expect(safetyConcerns(quiz, withT2(answer))).toEqual([]);
  });

  it('does not show for a low score alone: only the flagged items decide', () => {
    // Every other item at its worst: trust and warmth score low, but t2 is not at its strong end.
    const low = worst.map((a, i) => (i === t2 ? 2 : a));
    expect(safetyConcerns(quiz, low)).toEqual([]);
    // And an unflagged quiz never shows it, whatever the answers.
    expect(safetyConcerns(base, worst)).toEqual([]);
  });

  it('ignores unanswered items', () => {
    expect(safetyConcerns(quiz, [null, null, null, null, null])).toEqual([]);
  });
});

describe('which actions a dimension suggests', () => {
  const trust = quiz.dimensions[1];
  const warmth = quiz.dimensions[0];
  if (!trust || !warmth) throw new Error('the fixture has two dimensions');

  it('replaces the ideas of a dimension with a concern by its safety-first ones', () => {
    const concerns = safetyConcerns(quiz, withT2(3));
    expect(actionsFor(trust, concerns)).toEqual([help]);
    expect(actionsFor(warmth, concerns)).toEqual(warmth.ways);
  });

  it('keeps the usual ideas when there is no concern', () => {
    expect(actionsFor(trust, [])).toEqual(trust.ways);
  });

  it('gathers the safety-first actions of every concerned dimension, each link once', () => {
    const twice: QuizDefinition = {
      ...quiz,
      dimensions: quiz.dimensions.map((d) => ({ ...d, safetyWays: [help] })),
      questions: quiz.questions.map((q) =>
        q.id === 'w2' ? { ...q, flag: 'safety', strongAnswers: [3] } : q,
      ),
    };
    const answers = [3, 3, 3, 3, 6];
    expect(safetyConcerns(twice, answers).map((q) => q.id)).toEqual(['w2', 't2']);
    expect(safetyActions(twice, safetyConcerns(twice, answers))).toEqual([help]);
  });
});
