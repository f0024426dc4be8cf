import { PAGES } from '../paths';
import { SCHEMA_CONTEXT } from './common';

/** The home page's WebSite, with the search box search engines may offer (`/search/?q=`). */
export function websiteJsonLd({ name, site }: { name: string; site: URL | undefined }) {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'WebSite',
    name,
    url: new URL(PAGES.home, site).href,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${new URL(PAGES.search, site).href}?q={query}`,
      'query-input': 'required name=query',
    },
  };
}
