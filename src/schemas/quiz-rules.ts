/**
 * Rules that span several fields of a quiz file. Each problem names the field path and says what
 * to change, so a broken quiz fails the build with a message an editor can act on.
 */

interface Shape {
  scales: { id: string }[];
  dimensions: { id: string }[];
  questions: { id: string; dimension?: string | undefined; scale?: string | undefined }[];
  bands: { id: string; min: number; max: number }[];
}

export interface StructureProblem {
  path: (string | number)[];
  message: string;
}

function duplicates(field: string, ids: string[]): StructureProblem[] {
  const seen = new Set<string>();
  const problems: StructureProblem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ path: [field, i, 'id'], message: `repeats the id "${id}"` });
    seen.add(id);
  });
  return problems;
}

function bandProblems(bands: Shape['bands']): StructureProblem[] {
  const problems: StructureProblem[] = [];
  let expected = 0;
  bands.forEach((band, i) => {
    if (band.max < band.min) {
      problems.push({ path: ['bands', i, 'max'], message: `is below "min" (${band.min})` });
    }
    if (band.min > expected) {
      problems.push({
        path: ['bands', i, 'min'],
        message: `leaves a gap: scores ${expected} to ${band.min - 1} have no band (bands go lowest first)`,
      });
    } else if (band.min < expected) {
      problems.push({
        path: ['bands', i, 'min'],
        message: `overlaps the band before it: ${band.min} to ${expected - 1} would be in two bands`,
      });
    }
    expected = Math.max(expected, band.max + 1);
  });
  if (bands.length && expected <= 100) {
    problems.push({
      path: ['bands', bands.length - 1, 'max'],
      message: `leaves a gap: scores ${expected} to 100 have no band (the last band must end at 100)`,
    });
  }
  return problems;
}

/** Every cross-field problem of a quiz; an empty list means the structure is sound. */
export function checkQuizStructure(quiz: Shape): StructureProblem[] {
  const problems = [
    ...duplicates(
      'scales',
      quiz.scales.map((s) => s.id),
    ),
    ...duplicates(
      'dimensions',
      quiz.dimensions.map((d) => d.id),
    ),
    ...duplicates(
      'questions',
      quiz.questions.map((q) => q.id),
    ),
    ...duplicates(
      'bands',
      quiz.bands.map((b) => b.id),
    ),
    ...bandProblems(quiz.bands),
  ];
  const dimensionIds = new Set(quiz.dimensions.map((d) => d.id));
  const scaleIds = new Set(quiz.scales.map((s) => s.id));
  const known = [...dimensionIds].join(', ');
  quiz.questions.forEach((q, i) => {
    if (q.dimension !== undefined && !dimensionIds.has(q.dimension)) {
      problems.push({
        path: ['questions', i, 'dimension'],
        message: `unknown dimension "${q.dimension}" (this quiz has: ${known})`,
      });
    }
    if (q.scale !== undefined && !scaleIds.has(q.scale)) {
      problems.push({ path: ['questions', i, 'scale'], message: `unknown scale "${q.scale}"` });
    }
  });
  quiz.dimensions.forEach((d, i) => {
    if (!quiz.questions.some((q) => q.dimension === d.id)) {
      problems.push({
        path: ['dimensions', i],
        message: `dimension "${d.id}" has no questions: add one or remove the dimension`,
      });
    }
  });
  return problems;
}
