import { describe, expect, it } from 'vitest';
import type { CoupleLink } from '../../../src/lib/quiz/links';
import { scoreQuiz } from '../../../src/lib/quiz/scoring';
import {
  begin,
  choose,
  cleared,
  dropLink,
  finished,
  goTo,
  initialSession,
  loaded,
  needAnswer,
  returned,
  unavailable,
  type QuizSession,
} from '../../../src/lib/quiz/session';
import { best, quiz } from './fixture';

const total = quiz.questions.length;
const none = [null, null, null, null, null];
const hydrated = (link: CoupleLink = { kind: 'none' }) =>
  loaded(null, [], link)(initialSession(total));
const asking = (link?: CoupleLink) => begin(null)(hydrated(link));

describe('quiz session', () => {
  it('starts as the server render, then shows the intro once hydrated', () => {
    expect(initialSession(total)).toMatchObject({ phase: 'static', step: 0, status: '' });
    expect(initialSession(total).answers).toEqual(none);
    expect(hydrated().phase).toBe('intro');
  });

  it('remembers a refused link or a partner’s answers from the couple link', () => {
    expect(hydrated({ kind: 'refused', problem: 'edited' }).problem).toBe('edited');
    const invited = hydrated({ kind: 'invited', partner: best });
    expect(invited.partner).toEqual(best);
    expect(invited.problem).toBeNull();
  });

  it('begins afresh or resumes saved progress, announcing the question', () => {
    expect(asking()).toMatchObject({ phase: 'asking', step: 0, status: 'Question 1 of 5' });
    const saved = { answers: [3, 0, null, null, null], step: 2 };
    expect(begin(saved)(hydrated())).toMatchObject({
      step: 2,
      answers: saved.answers,
      status: 'Question 3 of 5',
    });
  });

  it('records an answer to the current question only, without changing the old session', () => {
    const before = goTo(1)(asking());
    expect(choose(2)(before).answers).toEqual([null, 2, null, null, null]);
    expect(before.answers).toEqual(none);
  });

  it('asks for an answer to the question on screen, until one is chosen or the question changes', () => {
    const third: QuizSession = goTo(2)(asking());
    const missing = needAnswer(third);
    expect(missing).toMatchObject({
      missing: true,
      status: 'Choose an answer to question 3 to go on.',
    });
    expect(choose(1)(missing).missing).toBe(false);
    expect(goTo(1)(missing).missing).toBe(false);
  });

  it('says so when the result cannot be shown, until the reader moves on or it is shown', () => {
    const last: QuizSession = goTo(total - 1)(asking());
    const failed = unavailable('Offline.')(last);
    expect(failed).toMatchObject({ phase: 'asking', step: total - 1, unavailable: true });
    expect(failed.status).toBe('Offline.');
    expect(goTo(total - 2)(failed).unavailable).toBe(false);
    expect(finished(scoreQuiz(quiz, best), [])(failed).unavailable).toBe(false);
    expect(cleared(failed).unavailable).toBe(false);
    expect(last.unavailable).toBe(false);
  });

  it('shows the result, forgets saved progress and announces the band', () => {
    const result = scoreQuiz(quiz, best);
    const past = [{ at: '2026-01-01T00:00:00Z', overall: 100, band: 'high', scores: [100, 100] }];
    const withSaved = loaded({ answers: best, step: 4 }, [], { kind: 'none' })(
      initialSession(total),
    );
    const done = finished(result, past)(withSaved);
    expect(done).toMatchObject({ phase: 'done', saved: null, result, past });
    expect(done.status).toBe('Your result: High, 100 out of 100.');
  });

  it('opens a comparison sent back with the reader’s own answers', () => {
    const result = scoreQuiz(quiz, best);
    const link: CoupleLink = { kind: 'returned', partner: best, own: best };
    const s = returned(best, result)(hydrated(link));
    expect(s).toMatchObject({ phase: 'done', returned: true, answers: best, partner: best });
    // Retaking starts a new attempt of the reader's own: nothing is "sent back" any more.
    expect(begin(null)(s)).toMatchObject({ returned: false, result: null });
  });

  it('drops the link, or clears everything back to the intro', () => {
    const invited = asking({ kind: 'invited', partner: best });
    expect(dropLink(invited)).toMatchObject({ partner: null });
    const done = cleared({ ...invited, step: 3, answers: best });
    expect(done).toMatchObject({ phase: 'intro', step: 0, partner: null, past: [], saved: null });
    expect(done.answers).toEqual(none);
    expect(done.status).toBe('Your answers and past results are cleared from this device.');
  });

  it('hides a result on request, and says so', () => {
    const result = scoreQuiz(quiz, best);
    const hidden = cleared(finished(result, [])(asking()));
    expect(hidden).toMatchObject({ phase: 'intro', result: null, past: [] });
    expect(hidden.status).toBe(
      'Your result is hidden. Your answers and past results are cleared from this device.',
    );
  });
});
