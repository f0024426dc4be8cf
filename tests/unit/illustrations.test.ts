import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allIllustrations,
  quizIllustration,
  topicIllustration,
  videoPoster,
} from '../../src/lib/illustrations';

const root = new URL('../../', import.meta.url);
const slugs = (folder: string) =>
  readdirSync(new URL(folder, root))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
const svg = (file: string) =>
  readFileSync(new URL(`src/assets/illustrations/${file}`, root), 'utf8');

describe('illustrations', () => {
  it.each(slugs('content/topics/'))('topic "%s" has a drawing', (slug) => {
    expect(svg(topicIllustration(slug).file)).toMatch(/^<svg /);
  });

  it.each(slugs('content/quizzes/'))('quiz "%s" has a drawing', (slug) => {
    expect(svg(quizIllustration(slug).file)).toMatch(/^<svg /);
  });

  it('says which file to draw for a slug without one', () => {
    expect(() => topicIllustration('jealousy')).toThrow(
      'No illustration for topic "jealousy": draw src/assets/illustrations/topic-jealousy.svg',
    );
    expect(() => quizIllustration('toString')).toThrow(/quiz "toString"/);
  });

  it.each(allIllustrations().map((i) => [i.file, i]))(
    '%s is small, titled as described, and drawn for both colour schemes',
    (file, { description }) => {
      const text = svg(file);
      // One file is both hero (budget 60 KB) and card thumbnail (budget 12 KB).
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(12 * 1024);
      expect(text).toContain(`<title>${description}</title>`);
      expect(text).toMatch(/viewBox="0 0 800 450"/);
      // The poster sits in the always-dark video frame; every other drawing follows the reader.
      if (file !== videoPoster.file) expect(text).toContain('@media (prefers-color-scheme:dark)');
    },
  );
});
