import { describe, expect, it } from 'vitest';
import { duplicateKey } from '../../../src/server/submissions/clean-text';
import { questionInputSchema, tipInputSchema } from '../../../src/server/submissions/schema';

// Text tricks a reader can type (issue 12, findings 7 and 10).

const tip = (extra: Record<string, unknown>) => ({
  article: 'emotional-intimacy',
  kind: 'text',
  text: 'Take a short walk together after dinner.',
  consent: true,
  ...extra,
});
const nameError = (name: string) => {
  const parsed = tipInputSchema.safeParse(tip({ name }));
  return parsed.success
    ? undefined
    : parsed.error.issues.find((i) => i.path[0] === 'name')?.message;
};

describe('reader text', () => {
  it('refuses a name made only of invisible characters', () => {
    expect(nameError('\u200B\u200B\u200B')).toMatch(/invisible/);
    expect(nameError('\u200D\uFE0F\u2060')).toMatch(/invisible/);
    expect(nameError('Sam')).toBeUndefined();
    expect(nameError('👩‍❤️‍👨')).toBeUndefined();
  });

  it('keeps a name on one line', () => {
    expect(nameError('Sam\nstatus      approved')).toBe('must fit on one line');
    expect(nameError('Sam\u2028Lee')).toBe('must fit on one line');
  });

  it('refuses a tip or question whose text is only invisible characters', () => {
    expect(tipInputSchema.safeParse(tip({ text: '\u200B'.repeat(30) })).success).toBe(false);
    const question = {
      article: 'emotional-intimacy',
      question: '\u2060'.repeat(20),
      consent: 'on',
    };
    expect(questionInputSchema.safeParse(question).success).toBe(false);
  });

  it('treats a zero-width character inside a word as the same post', () => {
    expect(duplicateKey('Walk after di\u200Bnner')).toBe(duplicateKey('Walk after dinner'));
    expect(duplicateKey('soft\u00ADhyphen')).toBe(duplicateKey('softhyphen'));
    expect(duplicateKey('Walk after dinner')).not.toBe(duplicateKey('Walk after lunch'));
  });
});
