/**
 * Rules that span several fields of a quiz file. Each problem names the field path and says what
 * to change, so a broken quiz fails the build with a message an editor can act on.
 */

interface ShapeQuestion {
  id: string;
  dimension?: string | undefined;
  scale?: string | undefined;
  standalone?: boolean | undefined;
  flag?: 'safety' | undefined;
  strongEnd?: string[] | undefined;
  safety?: string | undefined;
}

interface Shape {
  scales: { id: string; options: { label: string }[] }[];
  dimensions: { id: string; safetyWays?: unknown[] | undefined }[];
  questions: ShapeQuestion[];
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

/** A flagged item needs its strong end, its safety copy, a dimension with safety-first actions. */
function flagProblems(quiz: Shape): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const firstScale = quiz.scales[0]?.id;
  const needWays = new Set<number>();
  quiz.questions.forEach((q, i) => {
    const at = (field: string, message: string) =>
      problems.push({ path: ['questions', i, field], message });
    if (!q.flag) {
      if (q.strongEnd)
        at('strongEnd', 'belongs to a flagged item: add "flag: safety" or remove it');
      if (q.safety) at('safety', 'belongs to a flagged item: add "flag: safety" or remove it');
      return;
    }
    if (!q.strongEnd?.length) at('strongEnd', 'is required on a flagged item: which answers count');
    if (!q.safety) at('safety', 'is required on a flagged item: what a strong answer can mean');
    const labels = quiz.scales.find((s) => s.id === (q.scale ?? firstScale))?.options ?? [];
    for (const label of q.strongEnd ?? []) {
      if (!labels.some((o) => o.label === label)) {
        at('strongEnd', `"${label}" is not an option of this item's scale`);
      }
    }
    const dimension = quiz.dimensions.find((d) => d.id === q.dimension);
    if (!q.dimension) at('dimension', 'is required on a flagged item');
    else if (dimension && !dimension.safetyWays?.length) {
      needWays.add(quiz.dimensions.indexOf(dimension));
    }
  });
  for (const d of needWays) {
    problems.push({
      path: ['dimensions', d, 'safetyWays'],
      message: 'are required: this dimension has a flagged item',
    });
  }
  return problems;
}

/** A standalone item stands apart from every score, and at least one item must be scored. */
function standaloneProblems(quiz: Shape): StructureProblem[] {
  const problems: StructureProblem[] = [];
  quiz.questions.forEach((q, i) => {
    if (q.standalone && q.dimension !== undefined) {
      problems.push({
        path: ['questions', i, 'dimension'],
        message: 'must be left out on a standalone item: it counts toward no score',
      });
    }
  });
  if (quiz.questions.length && quiz.questions.every((q) => q.standalone)) {
    problems.push({ path: ['questions'], message: 'needs at least one item that is scored' });
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
  problems.push(...flagProblems(quiz), ...standaloneProblems(quiz));
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
