import { describe, expect, it } from 'vitest';
import { bandFor, itemScore, QuizInputError, scoreQuiz } from '../../../src/lib/quiz/scoring';
import { best, quiz, worst } from './fixture';

describe('scoreQuiz', () => {
  it('gives 100 everywhere when every answer is the most favourable', () => {
    const r = scoreQuiz(quiz, best);
    expect(r.overall).toBe(100);
    expect(r.dimensions).toEqual([
      { id: 'warmth', score: 100 },
      { id: 'trust', score: 100 },
    ]);
    expect(r.band.id).toBe('high');
  });

  it('gives 0 everywhere when every answer is the least favourable', () => {
    const r = scoreQuiz(quiz, worst);
    expect(r.overall).toBe(0);
    expect(r.dimensions.map((d) => d.score)).toEqual([0, 0]);
    expect(r.band.id).toBe('low');
  });

  it('mirrors a reverse-keyed item against its plain twin', () => {
    for (let choice = 0; choice < 4; choice++) {
      expect(itemScore(choice, 4, true)).toBeCloseTo(itemScore(3 - choice, 4, false));
    }
    // Agreeing fully with both the plain and the reversed warmth item cancels out to 50.
    expect(scoreQuiz(quiz, [3, 3, 3, 0, 6]).dimensions[0]).toEqual({ id: 'warmth', score: 50 });
  });

  it('scores items on 0 to 100 whatever the number of options', () => {
    expect(itemScore(0, 7, false)).toBe(0);
    expect(itemScore(6, 7, false)).toBe(100);
    expect(itemScore(3, 7, false)).toBe(50);
    expect(itemScore(1, 4, false)).toBeCloseTo(33.333, 2);
  });

  it('lets an item without a dimension count toward the overall score only', () => {
    const withLowPicture = scoreQuiz(quiz, [...best.slice(0, 4), 0]);
    expect(withLowPicture.dimensions.map((d) => d.score)).toEqual([100, 100]);
    expect(withLowPicture.overall).toBe(80); // four items at 100, one at 0
  });

  it('keeps a standalone item (the circles picture) out of every score', () => {
    const standalone = {
      ...quiz,
      questions: quiz.questions.map((q) => (q.id === 'pic' ? { ...q, standalone: true } : q)),
    };
    for (const picture of [0, 6]) {
      const result = scoreQuiz(standalone, [...best.slice(0, 4), picture]);
      expect(result.overall).toBe(100);
      expect(result.dimensions.map((d) => d.score)).toEqual([100, 100]);
    }
  });

  it('refuses a missing answer instead of scoring it as zero', () => {
    expect(() => scoreQuiz(quiz, [3, 0, null, 0, 6])).toThrow(QuizInputError);
    expect(() => scoreQuiz(quiz, [3, 0, null, 0, 6])).toThrow(/question\(s\) 3 not answered/);
  });

  it('refuses too few, too many and out-of-scale answers', () => {
    expect(() => scoreQuiz(quiz, [3, 0, 3, 0])).toThrow(/expected 5 answers, got 4/);
    expect(() => scoreQuiz(quiz, [...best, 1])).toThrow(/expected 5 answers/);
    expect(() => scoreQuiz(quiz, [4, 0, 3, 0, 6])).toThrow(/answer 1 is outside its scale/);
    expect(() => scoreQuiz(quiz, [3, 0, 3, 0, 7])).toThrow(/answer 5 is outside/);
    expect(() => scoreQuiz(quiz, [-1, 0, 3, 0, 6])).toThrow(/outside/);
    expect(() => scoreQuiz(quiz, [1.5, 0, 3, 0, 6])).toThrow(/outside/);
  });

  it('is deterministic', () => {
    const answers = [2, 1, 3, 2, 4];
    expect(scoreQuiz(quiz, answers)).toEqual(scoreQuiz(quiz, [...answers]));
  });

  it('names the strongest and the weakest dimension, keeping ties', () => {
    const r = scoreQuiz(quiz, [3, 0, 1, 2, 3]);
    expect(r.strongest).toEqual(['warmth']);
    expect(r.weakest).toEqual(['trust']);
    const even = scoreQuiz(quiz, [2, 1, 2, 1, 3]);
    expect(even.strongest).toEqual(['warmth', 'trust']);
    expect(even.weakest).toEqual(['warmth', 'trust']);
  });

  it('rounds dimension and overall scores to whole numbers', () => {
    const r = scoreQuiz(quiz, [1, 3, 2, 0, 5]);
    expect(r.dimensions.every((d) => Number.isInteger(d.score))).toBe(true);
    expect(Number.isInteger(r.overall)).toBe(true);
  });
});

describe('bandFor', () => {
  it('puts the edges of each band in that band', () => {
    expect(bandFor(quiz.bands, 0).id).toBe('low');
    expect(bandFor(quiz.bands, 39).id).toBe('low');
    expect(bandFor(quiz.bands, 40).id).toBe('mid');
    expect(bandFor(quiz.bands, 79).id).toBe('mid');
    expect(bandFor(quiz.bands, 80).id).toBe('high');
    expect(bandFor(quiz.bands, 100).id).toBe('high');
  });

  it('refuses a score no band covers', () => {
    expect(() => bandFor(quiz.bands, 101)).toThrow(/no band covers the score 101/);
  });
});
