/**
 * Pagefind's options as the site's search box sets them, shared with the relevance evaluator so
 * that the figures it prints describe what readers get.
 */

/**
 * Ranking, chosen by measurement on the relevance sets (docs/search.md has the table).
 * pageLength 0.9 (default 0.75): FAQ answers are a few sentences beside articles of 1,500 words;
 * favouring the shorter record puts the specific answer above the article that merely mentions
 * every word. termSimilarity 3 (default 1): "listened" should find "listen" before "listening"
 * finds "listener", which keeps stemmed matches close to what was typed.
 */
export const RANKING = { pageLength: 0.9, termSimilarity: 3 } as const;

export const PAGEFIND_OPTIONS = {
  highlightParam: 'highlight',
  excerptLength: 24,
  ranking: RANKING,
} as const;
