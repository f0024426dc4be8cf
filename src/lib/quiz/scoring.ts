import type { Answers, Band, QuizDefinition } from './types';

/** A dimension's score, 0 to 100. */
export interface DimensionScore {
  id: string;
  score: number;
}

/** The outcome of a finished quiz. */
export interface QuizResult {
  /** 0 to 100: the mean of every scored item (items without a dimension count; standalone ones do not). */
  overall: number;
  band: Band;
  /** In the content's order. */
  dimensions: DimensionScore[];
  /** Ids of the dimensions sharing the highest score (all of them when every score is equal). */
  strongest: string[];
  /** Ids of the dimensions sharing the lowest score. */
  weakest: string[];
}

/** Input the engine refuses: the message says what is wrong, for the reader or the developer. */
export class QuizInputError extends Error {
  override name = 'QuizInputError';
}

/** Number of options of each question's scale, in question order. */
export function optionCounts(quiz: QuizDefinition): number[] {
  return quiz.questions.map((q) => {
    const scale = quiz.scales.find((s) => s.id === q.scale);
    if (!scale) throw new QuizInputError(`question "${q.id}" uses unknown scale "${q.scale}"`);
    return scale.options.length;
  });
}

/** Checks that every question has an answer within its scale; throws otherwise. */
export function assertComplete(quiz: QuizDefinition, answers: Answers): number[] {
  const counts = optionCounts(quiz);
  if (answers.length !== counts.length) {
    throw new QuizInputError(`expected ${counts.length} answers, got ${answers.length}`);
  }
  const missing: number[] = [];
  const values = answers.map((a, i) => {
    // `== null`: callers in plain JavaScript may pass undefined as well.
    if (a == null) {
      missing.push(i + 1);
      return -1;
    }
    if (!Number.isInteger(a) || a < 0 || a >= (counts[i] ?? 0)) {
      throw new QuizInputError(`answer ${i + 1} is outside its scale`);
    }
    return a;
  });
  // A missing answer is refused, never scored as zero: that would quietly lower the result.
  if (missing.length) throw new QuizInputError(`question(s) ${missing.join(', ')} not answered`);
  return values;
}

/** One item on a 0–100 scale, mirrored when the statement is reverse-keyed. */
export function itemScore(choice: number, optionCount: number, reverse: boolean): number {
  const plain = (choice / (optionCount - 1)) * 100;
  return reverse ? 100 - plain : plain;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The band whose inclusive range holds the score. */
export function bandFor(bands: Band[], overall: number): Band {
  const band = bands.find((b) => overall >= b.min && overall <= b.max);
  if (!band) throw new QuizInputError(`no band covers the score ${overall}`);
  return band;
}

/** Ids of the dimensions whose score equals the extreme picked by `pick`. */
export function extremes(scores: DimensionScore[], pick: (...xs: number[]) => number): string[] {
  if (!scores.length) return [];
  const target = pick(...scores.map((s) => s.score));
  return scores.filter((s) => s.score === target).map((s) => s.id);
}

/** Scores a complete set of answers. Deterministic: the same answers always give the same result. */
export function scoreQuiz(quiz: QuizDefinition, answers: Answers): QuizResult {
  const values = assertComplete(quiz, answers);
  const counts = optionCounts(quiz);
  // A standalone item (the circles picture) is a measure of its own, shown apart, never averaged.
  const items = quiz.questions.flatMap((q, i) =>
    q.standalone
      ? []
      : [{ dimension: q.dimension, score: itemScore(values[i] ?? 0, counts[i] ?? 2, q.reverse) }],
  );
  const dimensions = quiz.dimensions.map((d) => {
    const own = items.filter((it) => it.dimension === d.id).map((it) => it.score);
    if (!own.length) throw new QuizInputError(`dimension "${d.id}" has no questions`);
    return { id: d.id, score: Math.round(mean(own)) };
  });
  return resultFromScores(quiz, Math.round(mean(items.map((it) => it.score))), dimensions);
}

/** A result from scores alone, e.g. those carried by a share link. */
export function resultFromScores(
  quiz: QuizDefinition,
  overall: number,
  dimensions: DimensionScore[],
): QuizResult {
  return {
    overall,
    band: bandFor(quiz.bands, overall),
    dimensions,
    strongest: extremes(dimensions, Math.max),
    weakest: extremes(dimensions, Math.min),
  };
}
