import { describe, expect, it } from 'vitest';
import {
  cleanText,
  countLinks,
  duplicateKey,
  textProblem,
} from '../../../src/server/submissions/clean-text';

describe('cleanText', () => {
  it('normalises line ends, trailing spaces, blank lines and Unicode form', () => {
    expect(cleanText('  Cafe\u0301 time \r\n\r\n\r\n\r\nnext  ')).toBe('Café time\n\nnext');
  });
});

describe('textProblem', () => {
  it('accepts ordinary text, including "<3" and apostrophes', () => {
    expect(textProblem("I <3 our Sunday walks, don't skip them")).toBeUndefined();
  });
  it.each([
    ['a\u0000b', 'control'],
    ['left\u202Eright', 'control'],
    ['<script>alert(1)</script>', 'HTML'],
    ['see <a href="x">here</a>', 'HTML'],
    ['<!-- hidden', 'HTML'],
    ['click javascript:alert(1)', 'script'],
    ['DATA: text/html;base64,xx', 'script'],
  ])('refuses %j (%s)', (value, word) => {
    expect(textProblem(value)).toContain(word);
  });
});

describe('countLinks', () => {
  it('counts http(s) and www links across texts', () => {
    expect(
      countLinks('see https://a.example and www.b.example', 'http://c.example', undefined),
    ).toBe(3);
    expect(countLinks('no links here')).toBe(0);
  });
});

describe('duplicateKey', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(duplicateKey('Listen   first!', 'x')).toBe(duplicateKey('listen first', 'X'));
    expect(duplicateKey('listen first')).not.toBe(duplicateKey('listen later'));
  });
});
