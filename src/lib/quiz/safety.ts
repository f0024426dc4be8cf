import type { Action, Answers, Dimension, QuizDefinition, Question } from './types';

/**
 * When a result puts safety first. A warning-sign item (`flag: safety`) answered with one of its
 * strong-end options is a concern; any concern opens the result with a safety section, and the
 * ideas for that item's dimension become its safety-first ones. A low score alone never does:
 * a score mixes several items, and only these items describe fear, control or contempt.
 */

/** The warning-sign items answered at their strong end, in question order. */
export function safetyConcerns(quiz: QuizDefinition, answers: Answers): Question[] {
  return quiz.questions.filter((q, i) => {
    const answer = answers[i];
    return q.flag === 'safety' && answer != null && (q.strongAnswers ?? []).includes(answer);
  });
}

/** The actions to suggest for a dimension: safety-first ones when one of its items is a concern. */
export function actionsFor(dimension: Dimension, concerns: readonly Question[]): Action[] {
  const concerned = concerns.some((q) => q.dimension === dimension.id);
  return concerned && dimension.safetyWays?.length ? dimension.safetyWays : dimension.ways;
}

/** The safety-first actions of every dimension with a concern, each link once. */
export function safetyActions(quiz: QuizDefinition, concerns: readonly Question[]): Action[] {
  const seen = new Set<string>();
  return quiz.dimensions
    .filter((d) => concerns.some((q) => q.dimension === d.id))
    .flatMap((d) => d.safetyWays ?? [])
    .filter((a) => !seen.has(a.href) && seen.add(a.href));
}
