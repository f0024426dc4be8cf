import { describe, expect, it } from 'vitest';
import { withoutReaderTips } from '../../src/integrations/search-index-cache';

const page = (tips: string) =>
  `<html><body><article data-pagefind-body><h1>Trust</h1></article><div class="after">${tips}` +
  `<section aria-labelledby="related-heading"><h2>Related</h2></section></div></body></html>`;
const tips = (text: string) =>
  `<section id="reader-tips" aria-labelledby="reader-tips-heading"><h2>Reader tips</h2>` +
  `<ul class="tips"><li id="tip-t-7k3m-9q2p"><p>${text}</p></li></ul></section>`;

describe('withoutReaderTips (the article index key)', () => {
  it('leaves out the reader tips section, and only it', () => {
    const html = withoutReaderTips(Buffer.from(page(tips('We keep a jar of notes.')))).toString();
    expect(html).toBe(page(''));
    expect(html).toContain('<h2>Related</h2>');
  });

  it('gives the same bytes whatever the tips say, or when there are none', () => {
    const one = withoutReaderTips(Buffer.from(page(tips('We keep a jar of notes.'))));
    const two = withoutReaderTips(Buffer.from(page(tips('We walk after dinner.'))));
    expect(one.equals(two)).toBe(true);
    expect(one.equals(Buffer.from(page('')))).toBe(true);
  });

  it('keeps a page without tips, or with an unclosed section, as it is', () => {
    const plain = Buffer.from(page(''));
    expect(withoutReaderTips(plain)).toBe(plain);
    const cut = Buffer.from('<section id="reader-tips"><p>no end');
    expect(withoutReaderTips(cut)).toBe(cut);
  });

  it('still sees every change to the article itself', () => {
    const before = withoutReaderTips(Buffer.from(page(tips('a'))));
    const after = withoutReaderTips(Buffer.from(page(tips('a')).replace('Trust', 'Trusting')));
    expect(before.equals(after)).toBe(false);
  });
});
