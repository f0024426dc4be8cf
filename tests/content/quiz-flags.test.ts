// Rule: a warning-sign item (`flag: safety`) has its safety copy and strong end, its dimension has
// safety-first actions, and none of that dimension's actions (usual or safety-first) suggests that
// the reader caused the partner's behaviour. Safety-first actions lead to help: /help/ or an
// article of the "safety" topic.
import { describe, expect, it } from 'vitest';
import { readArticles, readQuizzes } from './support/load';
import { blamingAction } from './support/quiz-text';

const safetyArticles = new Set(
  readArticles()
    .filter((a) => a.data.topic === 'safety')
    .map((a) => `/advice/${a.slug}/`),
);

describe.each(readQuizzes())('$file', ({ data }) => {
  const flagged = data.questions.filter((q) => q.flag === 'safety');
  const dimensions = data.dimensions.filter((d) => flagged.some((q) => q.dimension === d.id));

  it('gives every warning sign its strong end and calm copy on what it can mean', () => {
    const missing = flagged
      .filter((q) => !q.strongAnswers?.length || (q.safety ?? '').length < 60)
      .map((q) => `${q.id}: needs strongEnd and a safety text of a sentence or two`);
    expect(missing).toEqual([]);
  });

  it('never suggests that the reader caused it, in any action of a dimension with a warning sign', () => {
    const blaming = dimensions.flatMap((d) =>
      [...d.ways, ...(d.safetyWays ?? [])].flatMap((a) => {
        const why = blamingAction(a);
        return why ? [`${d.id}: ${why}`] : [];
      }),
    );
    expect(blaming).toEqual([]);
  });

  it('leads safety-first actions to help: /help/ or an article on safety', () => {
    const elsewhere = dimensions.flatMap((d) =>
      (d.safetyWays ?? [])
        .filter((a) => a.href !== '/help/' && !safetyArticles.has(a.href.replace(/#.*$/, '')))
        .map((a) => `${d.id}: "${a.label}" (${a.href})`),
    );
    expect(dimensions.every((d) => d.safetyWays?.length)).toBe(true);
    expect(elsewhere).toEqual([]);
  });
});

describe('the blame rule itself', () => {
  it('catches the actions the issue named, and lets help through', () => {
    expect(
      blamingAction({ label: 'Listen with empathy', href: '/advice/emotional-intimacy/#x' }),
    ).not.toBeNull();
    expect(
      blamingAction({ label: 'Notice it', href: '/advice/emotional-intimacy/#notice-out-loud' }),
    ).not.toBeNull();
    expect(blamingAction({ label: 'Show appreciation', href: '/advice/a/' })).not.toBeNull();
    expect(
      blamingAction({ label: 'Read more', href: '/advice/listening-with-empathy/#why' }),
    ).not.toBeNull();
    expect(blamingAction({ label: 'Look for help safely', href: '/help/' })).toBeNull();
    expect(
      blamingAction({
        label: 'What controlling behaviour can look like',
        href: '/advice/recognising-controlling-behaviour/#what-it-can-look-like',
      }),
    ).toBeNull();
  });
});
