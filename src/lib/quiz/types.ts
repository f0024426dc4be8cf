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

/** A link to the part of an article that helps with a dimension. */
export interface HelpLink {
  label: string;
  href: string;
}

/** Something the quiz measures, e.g. the sign "trust". */
export interface Dimension {
  id: string;
  label: string;
  meaning: string;
  ways: HelpLink[];
  starter: string;
}

/** One statement the reader rates. Without a dimension it counts toward the overall score only. */
export interface Question {
  id: string;
  text: string;
  scale: string;
  dimension?: string | undefined;
  reverse: boolean;
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
