// The site's fixed pages and the search page with a query. Part of src/lib/paths (see index.ts).

/** Fixed pages. */
export const PAGES = {
  home: '/',
  advice: '/advice/',
  quizzes: '/quizzes/',
  faq: '/faq/',
  ask: '/ask/',
  about: '/about/',
  editorialPolicy: '/editorial-policy/',
  help: '/help/',
  search: '/search/',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
} as const;

/** The search page, optionally with a query already typed in. */
export const searchPath = (q = '') =>
  q ? `${PAGES.search}?q=${encodeURIComponent(q)}` : PAGES.search;

/**
 * What the search box needs besides Pagefind's files (vocabulary, record count, costly words),
 * written next to the index by `src/integrations/search-index.ts` and fetched with Pagefind.
 */
export const SEARCH_CONFIG = '/pagefind/closer-search.json';
