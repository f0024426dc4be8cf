import { describe, expect, it } from 'vitest';
import { visible } from '../../src/server/submissions/terminal-text';

describe('visible (moderator output)', () => {
  it('marks line breaks, tabs and hidden characters, and leaves ordinary text and emoji alone', () => {
    expect(visible('a\nb\r\nc\rd\u2028e')).toBe('a⏎b⏎c⏎d⏎e');
    expect(visible('a\tb')).toBe('a⇥b');
    expect(visible('\u001b[31mred')).toBe('⟨U+001B⟩[31mred');
    expect(visible('abc\u202Edef\u200Bg')).toBe('abc⟨U+202E⟩def⟨U+200B⟩g');
    expect(visible('Café, “quoted” – fine 💜')).toBe('Café, “quoted” – fine 💜');
  });
});
