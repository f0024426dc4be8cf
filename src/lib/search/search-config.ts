/**
 * What the search box needs besides Pagefind's own files, written next to the index by the build
 * (`src/integrations/search-index.ts`) and fetched once with Pagefind: the editors' vocabulary,
 * the number of records (for weighing rare words), and the word ranges whose index files are too
 * large to fetch for one word of a longer question. Pure: parsing and the range check.
 */
import { idf } from './answers.ts';
import type { SearchLink } from './records.ts';
import { vocabularyFromJson, type Vocabulary } from './synonyms.ts';

/** A word range of Pagefind's index (`from`…`to`, as its metadata names chunks). */
export type WordRange = readonly [from: string, to: string];

export interface SearchConfig {
  vocabulary: Vocabulary;
  /** Records in the index: pages, not FAQ answers (they are regions of their article), and tips. */
  records: number;
  /** Where the reader tips' index is, to be merged into the main one; null when no tip has words. */
  tips: string | null;
  /** Pagefind's `indexWeight` for the tips index (`tipsIndexWeight`). */
  tipsWeight: number;
  /** Index chunks above the byte budget: a word that falls in one is searched only if it must be. */
  costly: readonly WordRange[];
  /** Every topic (suggested before a search, and when one finds too little). */
  topics: readonly SearchLink[];
  /** The quiz suggested before a search. */
  quiz: SearchLink | null;
  /** Titles of the topics that lead with help: their articles lead for questions about control or abuse. */
  safetyTopics: readonly string[];
}

export const EMPTY_CONFIG: SearchConfig = {
  vocabulary: [],
  records: 0,
  tips: null,
  tipsWeight: 1,
  costly: [],
  topics: [],
  quiz: null,
  safetyTopics: [],
};

const isLink = (l: unknown): l is SearchLink =>
  typeof l === 'object' &&
  l !== null &&
  typeof (l as SearchLink).title === 'string' &&
  typeof (l as SearchLink).href === 'string' &&
  (l as SearchLink).href.startsWith('/');

const isRange = (r: unknown): r is WordRange =>
  Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === 'string');

/** Reads the published config; anything malformed falls back to "no extra knowledge". */
export function searchConfigFromJson(json: unknown): SearchConfig {
  if (typeof json !== 'object' || json === null) return EMPTY_CONFIG;
  const o = json as Record<string, unknown>;
  const records = typeof o['records'] === 'number' && o['records'] > 0 ? o['records'] : 0;
  const costly = Array.isArray(o['costly']) ? o['costly'].filter(isRange) : [];
  const topics = Array.isArray(o['topics']) ? o['topics'].filter(isLink) : [];
  const quiz = isLink(o['quiz']) ? o['quiz'] : null;
  // Only a site path: the config must not make the search box load an index from elsewhere.
  const tips =
    typeof o['tips'] === 'string' && /^\/(?!\/)[\w/-]*\/$/.test(o['tips']) ? o['tips'] : null;
  const weight = o['tipsWeight'];
  const tipsWeight = typeof weight === 'number' && weight > 0 && weight < 1000 ? weight : 1;
  const safetyTopics = Array.isArray(o['safetyTopics'])
    ? o['safetyTopics'].filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    : [];
  return {
    vocabulary: vocabularyFromJson(o['vocabulary']),
    records,
    tips,
    tipsWeight,
    costly,
    topics,
    quiz,
    safetyTopics,
  };
}

/**
 * Whether Pagefind would fetch one of the costly chunks for `term`: the term lies between a
 * chunk's first and last word, or (Pagefind's loose match for word extensions) its leading letters
 * do. Pagefind also checks the term's stem; a stem shares the term's start, so the loose match
 * covers most of those.
 */
export function isCostly(term: string, costly: readonly WordRange[]): boolean {
  const t = term.toLowerCase();
  return costly.some(([from, to]) => {
    if (t >= from && t <= to) return true;
    const f = Math.min(t.length, from.length);
    const e = Math.min(t.length, to.length);
    return t.slice(0, f) >= from.slice(0, f) && t.slice(0, e) <= to.slice(0, e);
  });
}

/**
 * Pagefind scores a word by its rarity in its own index, and the tips index holds a handful of
 * records: a word found in one tip scores a fraction of what a word found in one article scores
 * (at 1 tip, 0.29 against 2.8 at 24 records and 8.8 at 10,000), so a tip that holds every word of
 * a question still fell behind any article that shares one common word, and never reached the
 * results the search box scores itself (./result-blocks.ts, where it is weighed with the whole
 * site's counts). This weight puts the tips' scores on the article index's scale for a word found
 * once in each.
 */
export const tipsIndexWeight = (records: number, tips: number): number =>
  tips > 0 ? idf(records, 1) / idf(tips, 1) : 1;
