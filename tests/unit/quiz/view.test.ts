import { describe, expect, it } from 'vitest';
import { paragraphs, scaleOf } from '../../../src/lib/quiz/view';
import { quiz } from './fixture';

describe('quiz view helpers', () => {
  it('splits an intro into paragraphs at blank lines only', () => {
    expect(paragraphs('One line\nstill one.\n\n  Two.  \n\n\n')).toEqual([
      'One line\nstill one.',
      'Two.',
    ]);
  });

  it('finds a question scale, with an empty stand-in for an unknown id', () => {
    expect(scaleOf(quiz, 'circles').options).toHaveLength(7);
    expect(scaleOf(quiz, 'nope')).toEqual({ id: 'nope', kind: 'words', options: [] });
  });
});
