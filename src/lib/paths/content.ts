// Addresses of content: articles, topics, quizzes and their shared results, FAQ answers, and the
// Open Graph images rendered for them. Part of src/lib/paths (see index.ts).

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

/**
 * Ids search uses to find an answer's question and its editors' phrasings inside the article (see
 * src/lib/search/answers.ts). A double hyphen never occurs in an FAQ id, so these never collide
 * with an answer's anchor.
 */
export const FAQ_QUESTION_SUFFIX = '--question';
export const FAQ_ALSO_SUFFIX = '--also-asked';
export const faqQuestionAnchor = (id: string) => `${faqAnchor(id)}${FAQ_QUESTION_SUFFIX}`;
export const faqAlsoAnchor = (id: string) => `${faqAnchor(id)}${FAQ_ALSO_SUFFIX}`;

/** Opens one FAQ answer on its article. */
export const faqAnswerPath = (article: string, id: string) =>
  `${articlePath(article)}#${faqAnchor(id)}`;

/**
 * The section of an article that holds its approved reader tips. Search keeps tips in an index of
 * their own and leaves this section out of the article's (src/integrations/search-index-cache.ts).
 */
export const READER_TIPS_ID = 'reader-tips';

/** The id of one reader tip's element on its article (its reference code, lower case). */
export const tipAnchor = (ref: string) => `tip-${ref.toLowerCase()}`;

/** One reader tip on its article. */
export const readerTipPath = (article: string, ref: string) =>
  `${articlePath(article)}#${tipAnchor(ref)}`;

/** Open Graph images, rendered at build time by `src/pages/og/`. */
export const ogImage = {
  default: '/og/default.png',
  article: (slug: string) => `/og/advice/${slug}.png`,
  quiz: (slug: string) => `/og/quizzes/${slug}.png`,
  band: (quiz: string, band: string) => `/og/quizzes/${quiz}/${band}.png`,
} as const;
