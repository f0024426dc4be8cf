import { describe, expect, it } from 'vitest';
import {
  fieldErrors,
  questionInputSchema,
  tipInputSchema,
} from '../../../src/server/submissions/schema';

const tip = {
  article: 'emotional-intimacy',
  kind: 'text',
  text: 'Put phones in a drawer at dinner.',
  consent: 'on',
};

function tipErrors(input: Record<string, unknown>) {
  const r = tipInputSchema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
}

describe('tipInputSchema', () => {
  it('accepts a written tip and cleans it', () => {
    const r = tipInputSchema.parse({
      ...tip,
      text: '  Put phones in a drawer\r\nat dinner.  ',
      name: ' ',
      email: 'A@B.example',
    });
    expect(r).toMatchObject({
      text: 'Put phones in a drawer\nat dinner.',
      name: undefined,
      email: 'a@b.example',
      consent: true,
    });
  });

  it('accepts a video tip and normalises the link', () => {
    const r = tipInputSchema.parse({
      article: 'x',
      kind: 'video',
      videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
      consent: true,
    });
    expect(r.video?.url).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it.each([
    [{ ...tip, text: 'too short' }, 'text', 'too short'],
    [{ ...tip, text: 'x'.repeat(1001) }, 'text', 'too long'],
    [{ ...tip, text: undefined }, 'text', 'please write'],
    [{ ...tip, text: 42 }, 'text', 'must be text'],
    [{ ...tip, consent: undefined }, 'consent', 'agree'],
    [{ ...tip, kind: 'audio' }, 'kind', '"text" or "video"'],
    [{ ...tip, article: "x'; DROP TABLE submissions;--" }, 'article', 'not a known article'],
    [{ ...tip, email: 'nope' }, 'email', 'email address'],
    [{ ...tip, name: '<b>Sam</b>' }, 'name', 'HTML'],
    [{ ...tip, extra: 1 }, 'form', 'unexpected field: extra'],
    [
      { ...tip, kind: 'video', text: undefined, videoUrl: 'https://example.com/v/1' },
      'videoUrl',
      'YouTube, Vimeo or TED',
    ],
    [{ ...tip, kind: 'video', text: undefined }, 'videoUrl', 'paste'],
  ])('refuses bad input %#', (input, field, message) => {
    expect(tipErrors(input)[field]).toContain(message);
  });
});

describe('questionInputSchema', () => {
  it('accepts a question with optional context', () => {
    const q = questionInputSchema.parse({
      article: 'x',
      question: 'How do we restart talking?',
      context: '',
      consent: 'true',
    });
    expect(q).toMatchObject({ question: 'How do we restart talking?', context: undefined });
  });
  it('requires the question', () => {
    const r = questionInputSchema.safeParse({ article: 'x', consent: 'on' });
    expect(r.success ? {} : fieldErrors(r.error)).toMatchObject({ question: 'is required' });
  });
});
