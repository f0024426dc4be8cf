import { describe, expect, it } from 'vitest';
import { bandImagePath, paragraphs, scaleOf, sharedResultPath } from '../../../src/lib/quiz/view';
import { quiz } from './fixture';

describe('quiz view helpers', () => {
  it('splits an intro into paragraphs at blank lines only', () => {
    expect(paragraphs('One line\nstill one.\n\n  Two.  \n\n\n')).toEqual([
      'One line\nstill one.',
      'Two.',
    ]);
  });

  it('builds the per-band share page and image paths', () => {
    expect(sharedResultPath('closeness', 'far-apart')).toBe('/quizzes/closeness/result/far-apart/');
    expect(bandImagePath('closeness', 'far-apart')).toBe('/og/quizzes/closeness/far-apart.png');
  });

  it('finds a question scale, with an empty stand-in for an unknown id', () => {
    expect(scaleOf(quiz, 'circles').options).toHaveLength(7);
    expect(scaleOf(quiz, 'nope')).toEqual({ id: 'nope', kind: 'words', options: [] });
  });
});
