/**
 * Questions that ask for a quiz ("quiz do I trust my partner", "test how well we talk to each
 * other"). A quiz is held back a little in the ranking (`quizFactor`), so that a one-word search
 * finds the article before the quiz on its topic; a reader who asks for a quiz or a test of their
 * own relationship should get the quizzes their words matched first. "Test" counts only as
 * something done to the reader's own relationship ("test how well we…", "test our…"), so that
 * "an online test says I'm avoidant" or "a pregnancy test" keep their own ranking. Pure.
 */
import { plainQuery } from './crisis.ts';

const QUIZ_PATTERNS: readonly RegExp[] = [
  /\bquiz(?:zes)?\b/,
  /\bquestionnaires?\b/,
  /\bself[- ]?(?:test|assessment|check)\b/,
  /\btest (?:how|whether|if we|if our|our|us|my relationship|your relationship)\b/,
];

/** Whether a reader's query asks for a quiz (see above). */
export function isQuizQuery(q: string): boolean {
  const text = plainQuery(q);
  return QUIZ_PATTERNS.some((p) => p.test(text));
}
