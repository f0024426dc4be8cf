/**
 * Every URL the site builds, in one place: pages, feeds, Open Graph images, anchors and the
 * submission endpoints. Paths are root-relative and end in `/` where a page is meant
 * (`trailingSlash: 'always'`); make them absolute with `new URL(path, site)`.
 *
 * Named functions rather than one object, so that a browser bundle carries only the ones it uses.
 * The submission endpoints live apart, in `submission-endpoints.ts`: the forms on every article
 * import them, and sharing this module with the quiz and search code would put it in a chunk of
 * its own, one more request on every article.
 */

/** Fixed pages. */
export const PAGES = {
  home: '/',
  advice: '/advice/',
  quizzes: '/quizzes/',
  faq: '/faq/',
  ask: '/ask/',
  about: '/about/',
  help: '/help/',
  search: '/search/',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
} as const;

/** An article: `/advice/<slug>/` (the file name `content/articles/<slug>.mdx`). */
export const articlePath = (slug: string) => `/advice/${slug}/`;

/** A topic's list of articles. */
export const topicPath = (slug: string) => `/topics/${slug}/`;

/** A quiz page. */
export const quizPath = (slug: string) => `/quizzes/${slug}/`;

/** The page that shows a shared result of one band (its Open Graph image is per band). */
export const sharedResultPath = (quiz: string, band: string) => `/quizzes/${quiz}/result/${band}/`;

/** The id of an FAQ answer's element on its article. Never change it: links out there use it. */
export const faqAnchor = (id: string) => `faq-${id}`;

/** Opens one FAQ answer on its article. */
export const faqAnswerPath = (article: string, id: string) =>
  `${articlePath(article)}#${faqAnchor(id)}`;

/** The search page, optionally with a query already typed in. */
export const searchPath = (q = '') =>
  q ? `${PAGES.search}?q=${encodeURIComponent(q)}` : PAGES.search;

/** Open Graph images, rendered at build time by `src/pages/og/`. */
export const ogImage = {
  default: '/og/default.png',
  article: (slug: string) => `/og/advice/${slug}.png`,
  quiz: (slug: string) => `/og/quizzes/${slug}.png`,
  band: (quiz: string, band: string) => `/og/quizzes/${quiz}/${band}.png`,
} as const;
