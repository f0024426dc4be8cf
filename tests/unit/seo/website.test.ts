import { describe, expect, it } from 'vitest';
import { websiteJsonLd } from '../../../src/lib/seo/website';

describe('home page JSON-LD', () => {
  it('names the site and offers its search page as a search action', () => {
    expect(websiteJsonLd({ name: 'Closer', site: new URL('https://closer.example') })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Closer',
      url: 'https://closer.example/',
      potentialAction: {
        '@type': 'SearchAction',
        target: 'https://closer.example/search/?q={query}',
        'query-input': 'required name=query',
      },
    });
  });
});
