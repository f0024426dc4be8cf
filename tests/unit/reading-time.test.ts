import { describe, expect, it } from 'vitest';
import { countWords, minutesForWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words of prose and ignores frontmatter, tags and link targets', () => {
    const src =
      '---\ntitle: Ignore me please\n---\nOne two [three](/advice/x/) <Cite id="a" /> four.';
    expect(countWords(src)).toBe(4);
  });

  it('rounds to whole minutes at 220 words a minute, never below one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(440))).toBe(2);
    expect(readingMinutes('word '.repeat(1650))).toBe(8);
  });

  it('gives the same minutes from a word count as from the text', () => {
    for (const n of [0, 10, 330, 440, 1650]) {
      expect(minutesForWords(n)).toBe(readingMinutes('word '.repeat(n)));
    }
  });

  it('counts contractions and accented words as single words', () => {
    expect(countWords("don't café naïve")).toBe(3);
  });
});
