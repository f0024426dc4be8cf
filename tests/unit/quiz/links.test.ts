import { describe, expect, it } from 'vitest';
import { quizFingerprint } from '../../../src/lib/quiz/fingerprint';
import { shortHash } from '../../../src/lib/quiz/hash';
import {
  decodeAnswers,
  decodeResult,
  fragmentParam,
  MAX_LINK_LENGTH,
  readCoupleLink,
} from '../../../src/lib/quiz/links';
import { encodeAnswers, encodeResult } from '../../../src/lib/quiz/link-writers';
import { scoreQuiz } from '../../../src/lib/quiz/scoring';
import { quizCopy } from '../../../src/lib/quiz/copy';
import { quiz } from './fixture';

const fp = quizFingerprint(quiz);
const answers = [2, 1, 1, 2, 3];
const result = scoreQuiz(quiz, answers);
const shared = {
  overall: result.overall,
  band: result.band,
  scores: result.dimensions.map((d) => d.score),
};
const resultLink = encodeResult(fp, shared);
const coupleLink = encodeAnswers(fp, answers);

/** Re-seals a body with a correct check, to show that rules beyond the check also hold. */
const sealed = (body: string) => `${body}.${shortHash(body)}`;

describe('share-result links', () => {
  it('round-trips the band and the scores', () => {
    expect(decodeResult(quiz, fp, resultLink)).toEqual({ ok: true, value: shared });
  });

  it('carries the scores but not the answers', () => {
    expect(resultLink).toMatch(/^r1\.[a-z0-9]+\.[a-z]+\.\d+\.\d+_\d+\.[a-z0-9]+$/);
    expect(resultLink).not.toContain(answers.join(''));
  });

  it('survives a trip through a URL fragment', () => {
    const url = new URL(`https://closer.example/quizzes/fixture/result/mid/#r=${resultLink}`);
    expect(fragmentParam(url.hash, 'r')).toBe(resultLink);
  });
});

describe('couple links', () => {
  it('round-trips complete answers, one digit each', () => {
    expect(coupleLink.split('.')[2]).toBe('21123');
    expect(decodeAnswers(quiz, fp, coupleLink)).toEqual({ ok: true, value: answers });
  });

  it('refuses to encode incomplete or out-of-range answers', () => {
    expect(() => encodeAnswers(fp, [2, null, 3, 0, 5])).toThrow(RangeError);
    expect(() => encodeAnswers(fp, [2, 10, 3, 0, 5])).toThrow(RangeError);
  });
});

describe('a fingerprint', () => {
  it('changes when the structure changes, not when wording does', () => {
    const reworded = {
      ...quiz,
      questions: quiz.questions.map((q) => ({ ...q, text: `${q.text}!` })),
    };
    expect(quizFingerprint(reworded)).toBe(fp);
    const reordered = { ...quiz, questions: [...quiz.questions].reverse() };
    expect(quizFingerprint(reordered)).not.toBe(fp);
    const rekeyed = {
      ...quiz,
      questions: quiz.questions.map((q, i) => (i === 0 ? { ...q, reverse: true } : q)),
    };
    expect(quizFingerprint(rekeyed)).not.toBe(fp);
  });

  it('changes when an item stops counting toward the score (links made before say "outdated")', () => {
    const standalone = {
      ...quiz,
      questions: quiz.questions.map((q) => (q.id === 'pic' ? { ...q, standalone: true } : q)),
    };
    expect(quizFingerprint(standalone)).not.toBe(fp);
  });

  it('stays the same when a warning sign is flagged: scores and answers keep their meaning', () => {
    const flagged = {
      ...quiz,
      questions: quiz.questions.map((q) =>
        q.id === 't2' ? { ...q, flag: 'safety' as const, strongAnswers: [3] } : q,
      ),
    };
    expect(quizFingerprint(flagged)).toBe(fp);
  });
});

const otherFp = quizFingerprint({ ...quiz, slug: 'another' });
const [, , band, overall, scores, check] = resultLink.split('.');

/** Links that must be refused, each with the problem the reader is told about. */
const badResultLinks: [string, unknown, string][] = [
  ['empty string', '', 'empty'],
  ['undefined', undefined, 'empty'],
  ['null', null, 'empty'],
  ['a number', 42, 'empty'],
  ['an object', { r: resultLink }, 'empty'],
  ['an array', [resultLink], 'empty'],
  ['too long', `r1.${'a'.repeat(MAX_LINK_LENGTH)}`, 'too-long'],
  ['a script tag', `r1.${fp}.<script>alert(1)</script>.50.1_2.x`, 'malformed'],
  ['an image tag', '<img src=x onerror=alert(1)>', 'malformed'],
  ['html entity', `r1.${fp}.mid.&lt;b&gt;.50_50.x`, 'malformed'],
  ['quotes', `r1.${fp}.mid".50.50_50.x`, 'malformed'],
  ['spaces', `r1.${fp}.mid. 50.50_50.x`, 'malformed'],
  ['percent escapes', `r1.${fp}.mid.%35%30.50_50.x`, 'malformed'],
  ['upper case', resultLink.toUpperCase(), 'malformed'],
  ['unicode digits', `r1.${fp}.mid.٥٠.50_50.x`, 'malformed'],
  ['a javascript url', 'javascript:alert(1)', 'malformed'],
  ['just the version', 'r1', 'malformed'],
  ['version and fingerprint', `r1.${fp}`, 'malformed'],
  ['missing kind', resultLink.slice(1), 'malformed'],
  ['couple link as result', coupleLink, 'malformed'],
  ['unknown kind', `x1.${fp}.mid.50.50_50.x`, 'malformed'],
  ['version 2', sealed(`r2.${fp}.${band}.${overall}.${scores}`), 'unknown-version'],
  ['version 0', sealed(`r0.${fp}.${band}.${overall}.${scores}`), 'unknown-version'],
  ['version 999', sealed(`r999.${fp}.${band}.${overall}.${scores}`), 'unknown-version'],
  ['a huge version', `r1000.${fp}.mid.50.50_50.x`, 'malformed'],
  ['cut off at the end', resultLink.slice(0, -1), 'edited'],
  ['cut off mid-way', resultLink.slice(0, -4), 'edited'],
  ['check removed', resultLink.slice(0, resultLink.lastIndexOf('.')), 'edited'],
  ['edited overall', `r1.${fp}.${band}.99.${scores}.${check}`, 'edited'],
  ['edited scores', `r1.${fp}.${band}.${overall}.100_100.${check}`, 'edited'],
  ['edited band', `r1.${fp}.high.${overall}.${scores}.${check}`, 'edited'],
  ['edited check', `r1.${fp}.${band}.${overall}.${scores}.zzzz`, 'edited'],
  ['extra part', `${resultLink}.x`, 'edited'],
  ['another quiz', sealed(`r1.${otherFp}.${band}.${overall}.${scores}`), 'other-quiz'],
  ['an outdated fingerprint', sealed(`r1.abc123.${band}.${overall}.${scores}`), 'other-quiz'],
  ['overall above 100', sealed(`r1.${fp}.high.101.${scores}`), 'out-of-range'],
  ['overall 1000', sealed(`r1.${fp}.high.1000.${scores}`), 'out-of-range'],
  ['negative overall', sealed(`r1.${fp}.low.-5.${scores}`), 'out-of-range'],
  ['leading zero', sealed(`r1.${fp}.mid.050.${scores}`), 'out-of-range'],
  ['score above 100', sealed(`r1.${fp}.${band}.${overall}.101_50`), 'out-of-range'],
  ['empty score', sealed(`r1.${fp}.${band}.${overall}._50`), 'out-of-range'],
  ['exponent score', sealed(`r1.${fp}.${band}.${overall}.1e2_50`), 'out-of-range'],
  ['too few scores', sealed(`r1.${fp}.${band}.${overall}.50`), 'malformed'],
  ['too many scores', sealed(`r1.${fp}.${band}.${overall}.50_50_50`), 'malformed'],
  ['band that does not fit the score', sealed(`r1.${fp}.high.10.${scores}`), 'out-of-range'],
  ['unknown band', sealed(`r1.${fp}.secret.${overall}.${scores}`), 'out-of-range'],
  ['extra field re-sealed', sealed(`r1.${fp}.${band}.${overall}.${scores}.x`), 'malformed'],
  ['missing scores re-sealed', sealed(`r1.${fp}.${band}.${overall}`), 'malformed'],
  ['double dots', sealed(`r1.${fp}..${overall}.${scores}`), 'out-of-range'],
  ['__proto__ as band', sealed(`r1.${fp}.__proto__.${overall}.${scores}`), 'out-of-range'],
];

const [, , digits, coupleCheck] = coupleLink.split('.');
const badCoupleLinks: [string, unknown, string][] = [
  ['empty', '', 'empty'],
  ['result link as couple', resultLink, 'malformed'],
  ['markup', `c1.${fp}.<b>1</b>.x`, 'malformed'],
  ['cut short', coupleLink.slice(0, -2), 'edited'],
  ['an edited answer', `c1.${fp}.21124.${coupleCheck}`, 'edited'],
  ['too few answers', sealed(`c1.${fp}.2112`), 'malformed'],
  ['too many answers', sealed(`c1.${fp}.211231`), 'malformed'],
  ['letters for answers', sealed(`c1.${fp}.21a23`), 'malformed'],
  ['answer beyond a four-option scale', sealed(`c1.${fp}.41123`), 'out-of-range'],
  ['answer beyond the picture scale', sealed(`c1.${fp}.21127`), 'out-of-range'],
  ['another quiz', sealed(`c1.${otherFp}.${digits}`), 'other-quiz'],
  ['version 2', sealed(`c2.${fp}.${digits}`), 'unknown-version'],
  ['extra field', sealed(`c1.${fp}.${digits}.1`), 'malformed'],
  ['no answers', sealed(`c1.${fp}.`), 'malformed'],
];

describe('malformed and edited links', () => {
  it('has at least 50 cases', () => {
    expect(badResultLinks.length + badCoupleLinks.length).toBeGreaterThanOrEqual(50);
  });

  it.each(badResultLinks)('refuses a result link: %s', (_name, link, problem) => {
    const decoded = decodeResult(quiz, fp, link);
    expect(decoded).toEqual({ ok: false, problem });
  });

  it.each(badCoupleLinks)('refuses a couple link: %s', (_name, link, problem) => {
    expect(decodeAnswers(quiz, fp, link)).toEqual({ ok: false, problem });
  });

  it('has a plain message for every problem', () => {
    for (const [, , problem] of [...badResultLinks, ...badCoupleLinks]) {
      expect(quizCopy.linkProblems[problem as keyof typeof quizCopy.linkProblems]).toMatch(
        /^This link/,
      );
    }
  });
});

describe('fragmentParam', () => {
  it('reads a value and ignores others', () => {
    expect(fragmentParam('#a=1&r=abc', 'r')).toBe('abc');
    expect(fragmentParam('#a=1', 'r')).toBeNull();
  });

  it('never throws on broken escapes or odd input', () => {
    expect(fragmentParam('#r=%E0%A4%A', 'r')).toBeTypeOf('string');
    expect(fragmentParam(undefined, 'r')).toBeNull();
  });

  it('hands an over-long value on, so that the reader hears it is too long (not "no link")', () => {
    const long = `#c=c1.${'a'.repeat(500)}.x`;
    expect(fragmentParam(long, 'c')?.length).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(readCoupleLink(quiz, fp, long)).toEqual({ kind: 'refused', problem: 'too-long' });
    expect(fragmentParam(`#r=${'x'.repeat(100_000)}`, 'r')?.length).toBeGreaterThan(
      MAX_LINK_LENGTH,
    );
  });
});

describe('readCoupleLink', () => {
  const mine = encodeAnswers(fp, [0, 1, 2, 3, 4]);
  it('tells an invitation, a comparison sent back, a refusal and no link apart', () => {
    expect(readCoupleLink(quiz, fp, '')).toEqual({ kind: 'none' });
    expect(readCoupleLink(quiz, fp, '#main')).toEqual({ kind: 'none' });
    expect(readCoupleLink(quiz, fp, `#c=${coupleLink}`)).toEqual({
      kind: 'invited',
      partner: answers,
    });
    expect(readCoupleLink(quiz, fp, `#c=${coupleLink}&you=${mine}`)).toEqual({
      kind: 'returned',
      partner: answers,
      own: [0, 1, 2, 3, 4],
    });
  });

  it('refuses the whole comparison when either half is bad', () => {
    expect(readCoupleLink(quiz, fp, `#c=${coupleLink}&you=${mine.slice(0, -1)}`)).toEqual({
      kind: 'refused',
      problem: 'edited',
    });
    expect(readCoupleLink(quiz, fp, `#c=x&you=${mine}`)).toEqual({
      kind: 'refused',
      problem: 'malformed',
    });
  });
});
