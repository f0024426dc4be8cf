import { describe, expect, it } from 'vitest';
import { excerptHtml } from '../../src/lib/search/excerpt';

const words = 'one two three four five six seven eight nine ten'.split(' ');

describe('excerptHtml', () => {
  it('shows the stretch with the most matches, marked, with ellipses where text was cut', () => {
    expect(excerptHtml(words, new Set([6, 7]), 0, 10, 3)).toBe(
      '… six <mark>seven</mark> <mark>eight</mark> …',
    );
  });
  it('keeps within the given range', () => {
    expect(excerptHtml(words, new Set([1, 8]), 5, 9, 10)).toBe('six seven eight <mark>nine</mark>');
    expect(excerptHtml(words, new Set(), 4, 4)).toBe('');
  });
  it('escapes the page text', () => {
    expect(excerptHtml(['<b>"hi"</b>', 'you'], new Set([1]), 0, 2)).toBe(
      '&lt;b&gt;&quot;hi&quot;&lt;/b&gt; <mark>you</mark>',
    );
  });
});
