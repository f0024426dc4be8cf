import type { QuizCopy } from './copy';
import type { QuizDefinition, Scale } from './types';

/** What the quiz island receives as props: the engine's definition plus the words it shows. */
export interface QuizView extends QuizDefinition {
  title: string;
  shortTitle: string;
  /** What to call a dimension, e.g. "sign". */
  dimensionNoun: string;
  /** What the quiz can and cannot tell ("not a diagnosis"). */
  note: string;
  /** Where to find help. */
  help: string;
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
