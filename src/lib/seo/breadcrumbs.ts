import { SCHEMA_CONTEXT } from './common';

export interface Crumb {
  name: string;
  /** Absolute URL of the crumb. */
  url: string;
}

/** The trail from home to the page, as every page with breadcrumbs carries it. */
export function breadcrumbJsonLd(crumbs: Crumb[]): Record<string, unknown> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}
