import type { QuizCopy } from './copy';
import type { QuizDefinition, Scale } from './types';

/** What the quiz island receives as props: the engine's definition plus the words it shows. */
export interface QuizView extends QuizDefinition {
  title: string;
  shortTitle: string;
  /** What to call a dimension, e.g. "sign". */
  dimensionNoun: string;
  /** The island's longer sentences (see copy.ts). */
  copy: QuizCopy;
  /** The structure's fingerprint (see fingerprint.ts), computed once at build time. */
  fingerprint: string;
}

/** Splits plain text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A question's scale. The schema guarantees it exists; the fallback only keeps types honest. */
export function scaleOf(quiz: QuizDefinition, id: string): Scale {
  return quiz.scales.find((s) => s.id === id) ?? { id, kind: 'words', options: [] };
}

const counted = (n: number, one: string, many: string) =>
  `${n === 1 ? 'one' : String(n)} ${n === 1 ? one : many}`;

/** What the quiz asks, counted from its items: "15 statements and a picture", "12 statements". */
export function itemSummary(quiz: QuizDefinition): string {
  const pictures = quiz.questions.filter((q) => scaleOf(quiz, q.scale).kind === 'circles').length;
  const statements = counted(quiz.questions.length - pictures, 'statement', 'statements');
  if (!pictures) return statements;
  return `${statements} and ${pictures === 1 ? 'a picture' : counted(pictures, 'picture', 'pictures')}`;
}
