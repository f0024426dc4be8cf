/**
 * The shape of a quiz as the engine sees it. The content schema (src/schemas/quiz.ts) produces
 * a superset of this; the island receives exactly this, so nothing here depends on zod or Astro.
 */

/** One answer choice. Its position in `options` is its value: 0 is the lowest. */
export interface ScaleOption {
  label: string;
}

/** An answer scale. `circles` draws each option as two overlapping circles (the picture item). */
export interface Scale {
  id: string;
  kind: 'words' | 'circles';
  options: ScaleOption[];
}

/** An action a result suggests, linking to the article section (or page) that helps with it. */
export interface Action {
  label: string;
  href: string;
  /** A caveat or a word of context under the link. */
  detail?: string | undefined;
}

/** Something the quiz measures, e.g. the sign "trust". */
export interface Dimension {
  id: string;
  label: string;
  meaning: string;
  ways: Action[];
  /** Shown instead of `ways` when one of this dimension's warning signs was answered strongly. */
  safetyWays?: Action[] | undefined;
  starter: string;
}

/**
 * One statement the reader rates. Without a dimension it counts toward the overall score only; a
 * standalone item (the circles picture) counts toward no score and is shown on its own.
 */
export interface Question {
  id: string;
  text: string;
  scale: string;
  dimension?: string | undefined;
  reverse: boolean;
  standalone?: boolean | undefined;
  /** A warning sign: answered with one of `strongAnswers`, the result opens with safety first. */
  flag?: 'safety' | undefined;
  /** Option positions that count as the strong end of a flagged item. */
  strongAnswers?: number[] | undefined;
  /** What a strong answer to a flagged item can mean. */
  safety?: string | undefined;
}

/** A range of overall scores (inclusive) with what it means. */
export interface Band {
  id: string;
  min: number;
  max: number;
  title: string;
  interpretation: string;
}

/** Everything scoring, links and the island need. */
export interface QuizDefinition {
  slug: string;
  scales: Scale[];
  dimensions: Dimension[];
  questions: Question[];
  bands: Band[];
}

/** One chosen option index per question, in question order; null while unanswered. */
export type Answers = (number | null)[];
