import type { QuizDefinition } from '../../../src/lib/quiz/types';

/**
 * A small quiz in the engine's shape: two dimensions with a plain and a reverse-keyed item each,
 * a four-option scale, and a seven-option picture item that counts toward the overall score only.
 */
export const quiz: QuizDefinition = {
  slug: 'fixture',
  scales: [
    {
      id: 'agree',
      kind: 'words',
      options: [{ label: 'No' }, { label: 'Rather no' }, { label: 'Rather yes' }, { label: 'Yes' }],
    },
    {
      id: 'circles',
      kind: 'circles',
      options: Array.from({ length: 7 }, (_, i) => ({ label: `Overlap ${i + 1}` })),
    },
  ],
  dimensions: [
    { id: 'warmth', label: 'Warmth', meaning: 'm', ways: [], starter: 's' },
    { id: 'trust', label: 'Trust', meaning: 'm', ways: [], starter: 's' },
  ],
  questions: [
    { id: 'w1', text: 'w1', scale: 'agree', dimension: 'warmth', reverse: false },
    { id: 'w2', text: 'w2', scale: 'agree', dimension: 'warmth', reverse: true },
    { id: 't1', text: 't1', scale: 'agree', dimension: 'trust', reverse: false },
    { id: 't2', text: 't2', scale: 'agree', dimension: 'trust', reverse: true },
    { id: 'pic', text: 'pic', scale: 'circles', reverse: false },
  ],
  bands: [
    { id: 'low', min: 0, max: 39, title: 'Low', interpretation: 'i' },
    { id: 'mid', min: 40, max: 79, title: 'Mid', interpretation: 'i' },
    { id: 'high', min: 80, max: 100, title: 'High', interpretation: 'i' },
  ],
};

/** The most favourable answer to every item (the top option, or the bottom one when reversed). */
export const best = [3, 0, 3, 0, 6];
/** The least favourable answer to every item. */
export const worst = [0, 3, 0, 3, 0];
