import { describe, expect, it } from 'vitest';
import {
  isReferenceCode,
  referenceCode,
  referenceKind,
  referencePattern,
} from '../../src/lib/reference-code';
import { questionFileSchema } from '../../src/schemas/question';
import { tipFileSchema } from '../../src/schemas/tip';

describe('reference codes', () => {
  it('makes readable, distinct codes of the right kind', () => {
    const codes = new Set(Array.from({ length: 500 }, () => referenceCode('tip')));
    expect(codes.size).toBe(500);
    for (const code of codes) {
      expect(isReferenceCode(code, 'tip')).toBe(true);
      expect(isReferenceCode(code, 'question')).toBe(false);
      expect(code).not.toMatch(/[ILOU]/);
    }
    expect(referenceKind(referenceCode('question'))).toBe('question');
  });

  it('refuses lookalikes', () => {
    for (const bad of ['T-7K3M-9Q2', 'X-7K3M-9Q2P', 't-7k3m-9q2p', 'T-7K3M-9Q2O', ' T-7K3M-9Q2P']) {
      expect(isReferenceCode(bad), bad).toBe(false);
    }
    expect(referencePattern().test('Q-4D2A-8K1C')).toBe(true);
  });

  it('is the rule the content schemas use', () => {
    const tip = { article: 'a', text: 'x', submitted: '2026-01-01', approved: '2026-01-02' };
    expect(tipFileSchema.safeParse({ ...tip, ref: 'T-7K3M-9Q2P' }).success).toBe(true);
    expect(tipFileSchema.safeParse({ ...tip, ref: 'Q-7K3M-9Q2P' }).success).toBe(false);
    const question = {
      ref: 'T-7K3M-9Q2P',
      article: 'a',
      question: 'Why?',
      answer: 'Because.',
      answeredBy: 'editorial-team',
      asked: '2026-01-01',
      answered: '2026-01-02',
    };
    expect(questionFileSchema.safeParse(question).success).toBe(false);
    expect(questionFileSchema.safeParse({ ...question, ref: 'Q-7K3M-9Q2P' }).success).toBe(true);
  });
});
