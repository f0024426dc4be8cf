import { describe, expect, it } from 'vitest';
import { formatDay, formatLongDay, isoDay } from '../../src/lib/dates';

describe('dates as pages print them', () => {
  // Late in the evening in UTC: a formatter in any other time zone would print the next day.
  const date = new Date('2026-03-03T23:30:00Z');

  it('prints a short day in British order, in UTC', () => {
    expect(formatDay(date)).toBe('3 Mar 2026');
  });

  it('prints the long form used under reader tips, in UTC', () => {
    expect(formatLongDay(date)).toBe('March 3, 2026');
  });

  it('gives the datetime value of a <time> element', () => {
    expect(isoDay(date)).toBe('2026-03-03');
  });
});
