import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  faqJsonLd,
  toJsonLdScript,
} from '../../src/lib/seo/jsonld';

const base = {
  url: 'https://closer.example/advice/x/',
  title: 'T',
  description: 'D',
  image: 'https://closer.example/og/advice/x.png',
  published: new Date('2026-01-02'),
  author: { name: 'Editorial team', kind: 'Organization' as const },
  publisher: { name: 'Closer', url: 'https://closer.example/' },
  citations: [
    {
      kind: 'study' as const,
      authors: 'Writer, A.',
      title: 'A study',
      year: 2017,
      journal: 'A Journal',
      doi: '10.1000/x.1',
    },
  ],
};

describe('article JSON-LD', () => {
  it('describes the article with author, dates and citations', () => {
    const page = articleJsonLd(base) as {
      mainEntity: Record<string, unknown>;
      reviewedBy?: unknown;
    };
    expect(page.mainEntity).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2026-01-02',
      dateModified: '2026-01-02',
      author: { '@type': 'Organization', name: 'Editorial team' },
      citation: [
        {
          '@type': 'ScholarlyArticle',
          name: 'A study',
          datePublished: '2017',
          sameAs: 'https://doi.org/10.1000/x.1',
        },
      ],
    });
    expect(page.reviewedBy).toBeUndefined();
  });

  it('puts the reviewer and the last review date on the page', () => {
    const page = articleJsonLd({
      ...base,
      updated: new Date('2026-03-04'),
      reviewer: { name: 'R', kind: 'Person', credentials: 'LMFT' },
    });
    expect(page).toMatchObject({
      reviewedBy: { '@type': 'Person', name: 'R', honorificSuffix: 'LMFT' },
      lastReviewed: '2026-03-04',
      mainEntity: { dateModified: '2026-03-04' },
    });
  });
});

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
