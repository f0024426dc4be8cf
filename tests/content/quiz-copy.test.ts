// Rule: what a quiz says to readers claims nothing about what is usual ("is also common",
// "many couples"), never writes its own item count into the intro (the page counts them),
// and names couples counselling only with the caveat that it is not advised where there is
// abuse or coercive control.
import { describe, expect, it } from 'vitest';
import { readQuizzes } from './support/load';
import { counsellingWithoutCaveat, NORM_CLAIM, WRITTEN_COUNT } from './support/quiz-text';

/** Every sentence of a quiz a reader can see, each with where it lives. */
function readerText(data: ReturnType<typeof readQuizzes>[number]['data']): [string, string][] {
  return [
    ['intro', data.intro],
    ['note', data.note],
    ['method', data.method],
    ['help', data.help],
    ...data.bands.map((b): [string, string] => [`bands.${b.id}`, b.interpretation]),
    ...data.dimensions.flatMap((d): [string, string][] => [
      [`dimensions.${d.id}.meaning`, d.meaning],
      [`dimensions.${d.id}.starter`, d.starter],
      ...[...d.ways, ...(d.safetyWays ?? [])].map((a): [string, string] => [
        `dimensions.${d.id} action`,
        `${a.label} ${a.detail ?? ''}`,
      ]),
    ]),
    ...data.questions.map((q): [string, string] => [
      `questions.${q.id}`,
      `${q.text} ${q.safety ?? ''}`,
    ]),
  ];
}

describe.each(readQuizzes())('$file', ({ data }) => {
  const text = readerText(data);

  it('makes no claim about what is common or usual', () => {
    expect(
      text.filter(([, t]) => NORM_CLAIM.test(t)).map(([where, t]) => `${where}: ${t}`),
    ).toEqual([]);
  });

  it('leaves the number of items to the page', () => {
    expect(data.intro).not.toMatch(WRITTEN_COUNT);
  });

  it('names couples counselling only with its caveat', () => {
    expect(text.filter(([, t]) => counsellingWithoutCaveat(t)).map(([where]) => where)).toEqual([]);
  });
});

describe('the copy rules themselves', () => {
  it('find norm claims, written counts and a missing caveat', () => {
    expect(NORM_CLAIM.test('That is painful, and it is also common after a long stretch.')).toBe(
      true,
    );
    expect(NORM_CLAIM.test('Many couples land here.')).toBe(true);
    expect(NORM_CLAIM.test('Trust holds in some areas.')).toBe(false);
    expect(WRITTEN_COUNT.test('Sixteen short statements about closeness')).toBe(true);
    expect(WRITTEN_COUNT.test('Short statements about closeness')).toBe(false);
    expect(counsellingWithoutCaveat('A couples counsellor can help.')).toBe(true);
    expect(
      counsellingWithoutCaveat(
        'A couples counsellor can help. Couples counselling is not advised where there is abuse or coercive control.',
      ),
    ).toBe(false);
  });
});
