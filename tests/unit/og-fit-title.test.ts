import { describe, expect, it } from 'vitest';
import { fitTitle, wrap, type Measure } from '../../src/lib/og/fit-title';

// A monospaced stand-in for the font: every character is half the font size wide.
const measure: Measure = (text, size) => Array.from(text).length * size * 0.5;
const box = { width: 100, sizes: [20, 10], maxLines: 3 };

describe('fitting a title to the card', () => {
  it('wraps at spaces, each line as full as it can be', () => {
    // At 10 px a line holds 20 characters.
    expect(wrap('one two three four five six seven', 10, 100, measure)).toEqual([
      'one two three four',
      'five six seven',
    ]);
  });

  it('keeps the largest size whose lines fit the box', () => {
    // At 20 px a line holds 10 characters: three lines are enough.
    expect(fitTitle('Small acts count', box, measure)).toEqual({
      size: 20,
      lines: ['Small acts', 'count'],
      truncated: false,
    });
  });

  it('shrinks a title that needs more than three lines at the largest size', () => {
    const fitted = fitTitle('Why keeping small promises builds lasting trust', box, measure);
    expect(fitted.size).toBe(10);
    expect(fitted.lines).toEqual(['Why keeping small', 'promises builds', 'lasting trust']);
    expect(fitted.truncated).toBe(false);
  });

  it('ends with an ellipsis only when even the smallest size needs a fourth line', () => {
    const title =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const fitted = fitTitle(title, box, measure);
    expect(fitted).toMatchObject({ size: 10, truncated: true });
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines[2]).toMatch(/…$/);
    for (const line of fitted.lines) expect(measure(line, 10)).toBeLessThanOrEqual(100);
    // Nothing after the cut, nothing dropped before it.
    expect(fitted.lines.join(' ').replace('…', '')).toBe(
      title.slice(0, fitted.lines.join(' ').length - 1),
    );
  });

  it('breaks a word that is wider than a whole line', () => {
    const lines = wrap('a Mississippimississippi b', 10, 100, measure);
    expect(lines).toEqual(['a', 'Mississippimississip', 'pi b']);
  });

  it('needs at least one size', () => {
    expect(() => fitTitle('x', { ...box, sizes: [] }, measure)).toThrow(/at least one font size/);
  });
});
