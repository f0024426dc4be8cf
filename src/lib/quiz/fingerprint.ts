import { shortHash } from './hash';
import type { QuizDefinition } from './types';

/**
 * A short id of everything that gives an answer or a score its meaning: questions, their order,
 * scales, keying, what is scored, dimensions and bands. Wording changes keep it; structural edits change it, so
 * links and saved progress made for the old structure are recognised as outdated, not misread.
 */
export function quizFingerprint(quiz: QuizDefinition): string {
  const scaleSize = new Map(quiz.scales.map((s) => [s.id, s.options.length]));
  const parts = [
    quiz.slug,
    quiz.dimensions.map((d) => d.id).join(','),
    quiz.questions
      .map(
        (q) =>
          `${q.id}:${q.dimension ?? ''}:${scaleSize.get(q.scale) ?? 0}:${q.reverse ? 1 : 0}` +
          // Only when set, so that quizzes without standalone items keep their fingerprint.
          (q.standalone ? ':s' : ''),
      )
      .join(','),
    quiz.bands.map((b) => `${b.id}:${b.min}-${b.max}`).join(','),
  ];
  return shortHash(parts.join('|'));
}
