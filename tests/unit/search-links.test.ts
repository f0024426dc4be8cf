import { describe, expect, it } from 'vitest';
import {
  askPath,
  askPrefill,
  askText,
  highlightUrl,
  MAX_ASK_QUESTION,
} from '../../src/lib/search/links';

describe('highlightUrl', () => {
  it('adds one highlight parameter per word before the anchor', () => {
    expect(highlightUrl('/advice/a/#faq-x', ['trust', 'lied'])).toBe(
      '/advice/a/?highlight=trust&highlight=lied#faq-x',
    );
    expect(highlightUrl('/advice/a/?highlight=old', ['new word'])).toBe(
      '/advice/a/?highlight=new%20word',
    );
    expect(highlightUrl('/help/', [])).toBe('/help/');
  });
});

describe('askText', () => {
  it('collapses spaces and removes control characters', () => {
    expect(askText('  how do\n\twe\u0000 talk  ')).toBe('how do we talk');
  });
  it(`cuts at a word to ${MAX_ASK_QUESTION} characters`, () => {
    const long = 'word '.repeat(100);
    const cut = askText(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_ASK_QUESTION);
    expect(cut.endsWith('word')).toBe(true);
    expect(askText('x'.repeat(500))).toHaveLength(MAX_ASK_QUESTION);
  });
});

describe('askPath and askPrefill', () => {
  it('carries the question to /ask/ and back, encoded', () => {
    const q = 'is it normal? <script>alert(1)</script> & more';
    const path = askPath(q);
    expect(path).toBe(`/ask/?q=${encodeURIComponent(q)}`);
    expect(askPrefill(path.slice('/ask/'.length))).toBe(q);
  });
  it('links to the plain form when there is no question', () => {
    expect(askPath('   ')).toBe('/ask/');
    expect(askPrefill('')).toBe('');
    expect(askPrefill('?other=1')).toBe('');
  });
});
