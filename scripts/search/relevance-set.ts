/**
 * The relevance set (tests/search/relevance.yaml): validation of its entries, and the check that a
 * question is written in a reader's words rather than copied from the site. Pure; the file is read
 * and parsed by the callers.
 */

export interface RelevanceQuestion {
  /** What the reader types. */
  q: string;
  /** The place that should come first. */
  expect: string;
  /** Places that are honestly just as right (rare). */
  also: string[];
  note?: string;
}

/** Places a question may point at: an article, one of its FAQ answers, a quiz, or a site page. */
const PLACE = /^\/(?:advice\/[a-z0-9-]+\/(?:#faq-[a-z0-9-]+)?|quizzes\/[a-z0-9-]+\/|[a-z0-9-]+\/)$/;

function fail(where: string, message: string): never {
  throw new Error(`relevance set: ${where} ${message}`);
}

function place(value: unknown, where: string): string {
  if (typeof value !== 'string' || !PLACE.test(value)) {
    fail(
      where,
      `must be /advice/<slug>/, /advice/<slug>/#faq-<id>, /quizzes/<slug>/ or /<page>/, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function entry(raw: unknown, i: number): RelevanceQuestion {
  const where = `[${i}]`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail(where, 'must be a mapping');
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !['q', 'expect', 'also', 'note'].includes(k));
  if (unknown.length > 0) fail(where, `has unknown keys: ${unknown.join(', ')}`);
  const q = o['q'];
  if (typeof q !== 'string' || q.trim() === '') fail(`${where}.q`, 'must be a non-empty string');
  const also = o['also'] ?? [];
  if (!Array.isArray(also)) fail(`${where}.also`, 'must be a list');
  const note = o['note'];
  if (note !== undefined && typeof note !== 'string') fail(`${where}.note`, 'must be text');
  const question: RelevanceQuestion = {
    q: q.trim(),
    expect: place(o['expect'], `${where}.expect`),
    also: also.map((a, k) => place(a, `${where}.also[${k}]`)),
  };
  if (note !== undefined) question.note = note;
  return question;
}

/** Validates the parsed YAML; a bad entry fails with its position and field. */
export function parseRelevanceSet(data: unknown): RelevanceQuestion[] {
  if (!Array.isArray(data)) fail('root', 'must be a list of questions');
  const questions = data.map(entry);
  const seen = new Set<string>();
  for (const [i, { q }] of questions.entries()) {
    const key = q.toLowerCase();
    if (seen.has(key)) fail(`[${i}].q`, `repeats an earlier question: "${q}"`);
    seen.add(key);
  }
  return questions;
}

/** Every place a question accepts. */
export const accepted = (question: RelevanceQuestion): string[] => [
  question.expect,
  ...question.also,
];

/** Lower-case words, apostrophes kept inside words ("don't"), punctuation dropped. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
    w.replace(/’/g, "'"),
  );
}

/** The longest run of consecutive words that two texts share (empty when they share none). */
export function longestSharedRun(a: string, b: string): string[] {
  const x = words(a);
  const y = words(b);
  let best: string[] = [];
  // Classic longest-common-substring over words; the texts are short (one sentence each).
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      const run = (prev[j - 1] ?? 0) + 1;
      row[j] = run;
      if (run > best.length) best = x.slice(i - run, i);
    }
    prev = row;
  }
  return best;
}
