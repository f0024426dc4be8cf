import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd } from '../../../src/lib/seo/breadcrumbs';
import { faqJsonLd } from '../../../src/lib/seo/faq';
import { toJsonLdScript } from '../../../src/lib/seo/script';

describe('breadcrumbs and FAQ JSON-LD', () => {
  it('numbers breadcrumb positions from one', () => {
    const list = breadcrumbJsonLd([
      { name: 'Home', url: 'https://c/' },
      { name: 'Advice', url: 'https://c/advice/' },
    ]) as { itemListElement: { position: number; item: string }[] };
    expect(list.itemListElement.map((i) => [i.position, i.item])).toEqual([
      [1, 'https://c/'],
      [2, 'https://c/advice/'],
    ]);
  });

  it('maps each FAQ entry to a Question with an accepted Answer', () => {
    expect(faqJsonLd([{ question: 'Q?', answer: 'A.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
      ],
    });
  });

  it('cannot be broken out of its script element', () => {
    const out = toJsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
