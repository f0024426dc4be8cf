import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/html';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves other text, and text escaped once already, as it was given', () => {
    expect(escapeHtml('Café – 2 > 1')).toBe('Café – 2 &gt; 1');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
