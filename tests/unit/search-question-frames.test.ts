import { describe, expect, it } from 'vitest';
import { framesOf, sharesFrame } from '../../src/lib/search/question-frames';

describe('framesOf', () => {
  it.each([
    ['how long till we feel close again', 'duration'],
    ['How long does it take to rebuild trust?', 'duration'],
    ['how many hours a week should couples spend together', 'amount'],
    ['How often should you talk in a long-distance relationship?', 'amount'],
    ['is an evening a week together enough', 'amount'],
    ["is it weird that we don't kiss anymore", 'normal'],
    ['Is it normal to feel lonely in a relationship?', 'normal'],
    ['should we get a joint account', 'decision'],
    ['Should I stay or leave after my partner cheated?', 'decision'],
    ['will being kinder save our marriage', 'possible'],
    ['Can a relationship survive an affair?', 'possible'],
    ['what to do when he goes quiet after a row', 'what-if'],
    ['What if my partner does not want to talk about feeling distant?', 'what-if'],
    ['how do I stop snapping at him', 'how-to'],
    ['ways to feel close again', 'how-to'],
    ['why do we fight about the same thing', 'why'],
    ['what does stonewalling mean', 'meaning'],
    ['What is the difference between emotional and physical intimacy?', 'meaning'],
    ['my love language is gifts and his is quality time', 'mismatch'],
    ['she wants to go out every weekend and I want quiet nights in', 'mismatch'],
    ['I need a hug after a row but he needs to be left alone', 'mismatch'],
    ['one of us is a saver and the other a spender', 'mismatch'],
    ['my girlfriend wants to text far more often than me', 'mismatch'],
    ['What if my partner and I want different kinds of intimacy?', 'mismatch'],
    ['mismatched libidos', 'mismatch'],
  ])('"%s" asks for %s', (question, frame) => {
    expect(framesOf(question)).toContain(frame);
  });

  it('reads curly apostrophes and capitals like plain ones', () => {
    expect(framesOf('WHAT IF he won’t talk?')).toEqual(framesOf("what if he won't talk"));
  });

  it('finds no frame in a few keywords, and none from a word inside another', () => {
    expect(framesOf('trust after cheating').size).toBe(0);
    expect(framesOf('belonging').size).toBe(0);
    expect(framesOf('abnormally quiet partner').has('normal')).toBe(false);
  });

  it('reads a mismatch only between two people, not in any "different" or "this is"', () => {
    expect(framesOf('can we survive living in different countries').has('mismatch')).toBe(false);
    expect(framesOf('this is the third time he forgot').has('mismatch')).toBe(false);
    expect(framesOf('he wants to talk about money').has('mismatch')).toBe(false);
    expect(framesOf('I need more time with him').has('mismatch')).toBe(false);
  });
});

describe('sharesFrame', () => {
  const asked = ['How long does it take to feel close again?', 'when will this distance end'];
  it('is true when any wording of the answer is asked in one of the reader’s frames', () => {
    expect(sharesFrame(framesOf('how long until we feel connected'), asked)).toBe(true);
    expect(sharesFrame(framesOf('when will we stop feeling like strangers'), asked)).toBe(true);
  });
  it('is false for another frame, and for a question without one', () => {
    expect(sharesFrame(framesOf('is it normal to feel distant'), asked)).toBe(false);
    expect(sharesFrame(framesOf('distance'), asked)).toBe(false);
  });
});
