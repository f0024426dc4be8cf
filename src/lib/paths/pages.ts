// The site's fixed pages and the search page with a query. Part of src/lib/paths (see index.ts).

/** Fixed pages. */
export const PAGES = {
  home: '/',
  advice: '/advice/',
  quizzes: '/quizzes/',
  faq: '/faq/',
  ask: '/ask/',
  tip: '/tip/',
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

/**
 * The reader tips' own Pagefind index, merged into the article index by the search box when the
 * config says it exists (approving a tip then re-indexes a few records, not the catalogue).
 */
export const SEARCH_TIPS_INDEX = '/pagefind/tips/';

/** The ask page, with the article the question is about already chosen when one is given. */
export const askPath = (article = '') =>
  article ? `${PAGES.ask}?article=${encodeURIComponent(article)}` : PAGES.ask;

/** The tip page, with the article the tip is about already chosen when one is given. */
export const tipPath = (article = '') =>
  article ? `${PAGES.tip}?article=${encodeURIComponent(article)}` : PAGES.tip;
