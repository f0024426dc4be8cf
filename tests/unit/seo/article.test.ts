import { describe, expect, it } from 'vitest';
import { articleJsonLd, articlePageJsonLd } from '../../../src/lib/seo/article';

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

describe('article page JSON-LD', () => {
  const input = {
    slug: 'small-promises',
    title: 'Small promises',
    description: 'D',
    published: new Date('2026-05-06'),
    author: { name: 'Editorial team', kind: 'Organization' as const },
    citations: [],
    faq: [],
    siteName: 'Closer',
    site: new URL('https://closer.example'),
  };

  it('builds the article’s own URL, image and publisher from the site origin', () => {
    const [page, ...rest] = articlePageJsonLd(input);
    expect(rest).toEqual([]);
    expect(page).toMatchObject({
      '@id': 'https://closer.example/advice/small-promises/',
      mainEntity: {
        image: 'https://closer.example/og/advice/small-promises.png',
        publisher: { '@type': 'Organization', name: 'Closer', url: 'https://closer.example/' },
      },
    });
  });

  it('adds an FAQPage only when the article has FAQ entries', () => {
    const nodes = articlePageJsonLd({ ...input, faq: [{ question: 'Q?', answer: 'A.' }] });
    expect(nodes.map((n) => n['@type'])).toEqual(['WebPage', 'FAQPage']);
  });
});
