import { describe, expect, it } from 'vitest';
import { itemSummary, paragraphs, scaleOf } from '../../../src/lib/quiz/view';
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

  it('counts statements and pictures from the items, for the intro and the quiz list', () => {
    expect(itemSummary(quiz)).toBe('4 statements and a picture');
    const words = { ...quiz, questions: quiz.questions.slice(0, 4) };
    expect(itemSummary(words)).toBe('4 statements');
    const one = { ...quiz, questions: quiz.questions.slice(0, 1) };
    expect(itemSummary(one)).toBe('one statement');
    const pic = quiz.questions[4];
    if (!pic) throw new Error('fixture has a picture item');
    expect(itemSummary({ ...quiz, questions: [...quiz.questions, { ...pic, id: 'p2' }] })).toBe(
      '4 statements and 2 pictures',
    );
  });
});
