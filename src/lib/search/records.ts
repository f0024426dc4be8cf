/**
 * The site's search data, exported at build time by `src/pages/search-data.json.ts`: the quizzes
 * (a record each, when their page does not index itself), the approved reader tips (a record each,
 * in an index of their own) and the compiled search vocabulary. FAQ answers have no records: they
 * are regions of their article's record (./answers.ts).
 * Pure: no Astro, Node or Pagefind imports, so the rules are unit-tested directly.
 */
import { vocabularyFromJson, type Vocabulary } from './synonyms.ts';

/** Result types, exactly as the "type" filter shows them to readers. */
export const RESULT_TYPE = {
  article: 'Article',
  faq: 'FAQ answer',
  quiz: 'Quiz',
  /** `/help/`: help lines for a reader in danger or crisis; found by the words of fear and harm. */
  help: 'Get help now',
  /** An approved reader tip, found in the tips index (src/integrations/search-index.ts). */
  tip: 'Reader tip',
} as const;

export type ResultType = (typeof RESULT_TYPE)[keyof typeof RESULT_TYPE];

/** One quiz as exported for search (used only when its page does not index itself). */
export interface SearchQuiz {
  url: string;
  title: string;
  description: string;
}

/** One approved reader tip with words, as exported for search (a video tip without a note has none). */
export interface SearchTip {
  /** The tip on its article page: `/advice/<slug>/#tip-<ref>`. */
  url: string;
  /** The article's title and topic, which the result shows. */
  article: string;
  topic: string;
  text: string;
  /** When an editor approved it (YYYY-MM-DD): the result's date. */
  approved: string;
}

/** A page search suggests by name: a topic, or the quiz the editors put first. */
export interface SearchLink {
  title: string;
  href: string;
}

/** The whole export. */
export interface SearchData {
  quizzes: SearchQuiz[];
  tips: SearchTip[];
  vocabulary: Vocabulary;
  /** Every topic, in navigation order: suggested before a search and when one finds too little. */
  topics: SearchLink[];
  /** The quiz suggested before a search (the editors' first). */
  quiz: SearchLink | null;
  /** Titles of the topics that lead with help (`helpFirst`): see ./safety.ts. */
  safetyTopics: string[];
}

/** The shape Pagefind's `addCustomRecord` takes (kept structural so this file imports nothing). */
export interface CustomRecordInput {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function fail(where: string, message: string): never {
  throw new Error(`search data: ${where} ${message}`);
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'must be a non-empty string');
  return value.trim();
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'must be an array');
  return value;
}

function obj(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) fail(where, 'must be an object');
  return value as Record<string, unknown>;
}

function parseQuiz(raw: unknown, i: number): SearchQuiz {
  const where = `quizzes[${i}]`;
  const o = obj(raw, where);
  const url = str(o['url'], `${where}.url`);
  if (!/^\/quizzes\/[a-z0-9-]+\/$/.test(url)) {
    fail(`${where}.url`, `must look like /quizzes/<slug>/, got "${url}"`);
  }
  return {
    url,
    title: str(o['title'], `${where}.title`),
    description: str(o['description'], `${where}.description`),
  };
}

function parseLink(raw: unknown, where: string): SearchLink {
  const o = obj(raw, where);
  const href = str(o['href'], `${where}.href`);
  if (!href.startsWith('/')) fail(`${where}.href`, `must be a site path, got "${href}"`);
  return { title: str(o['title'], `${where}.title`), href };
}

function parseTip(raw: unknown, i: number): SearchTip {
  const where = `tips[${i}]`;
  const o = obj(raw, where);
  const url = str(o['url'], `${where}.url`);
  if (!/^\/advice\/[a-z0-9-]+\/#tip-[a-z0-9-]+$/.test(url)) {
    fail(`${where}.url`, `must look like /advice/<slug>/#tip-<ref>, got "${url}"`);
  }
  const approved = str(o['approved'], `${where}.approved`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(approved)) {
    fail(`${where}.approved`, `must be a date like 2026-01-31, got "${approved}"`);
  }
  return {
    url,
    article: str(o['article'], `${where}.article`),
    topic: str(o['topic'], `${where}.topic`),
    text: str(o['text'], `${where}.text`),
    approved,
  };
}

/** Validates the exported JSON; a bad entry fails the build with its position and field. */
export function parseSearchData(json: unknown): SearchData {
  const o = obj(json, 'root');
  const quizzes = list(o['quizzes'], 'quizzes').map(parseQuiz);
  const tips = list(o['tips'], 'tips').map(parseTip);
  const raw = list(o['vocabulary'], 'vocabulary');
  const vocabulary = vocabularyFromJson(raw);
  if (vocabulary.length !== raw.length)
    fail('vocabulary', 'has entries that are not [phrase, [words]]');
  const topics = list(o['topics'], 'topics').map((t, i) => parseLink(t, `topics[${i}]`));
  const quiz = o['quiz'] === null ? null : parseLink(o['quiz'], 'quiz');
  const safetyTopics = list(o['safetyTopics'], 'safetyTopics').map((t, i) =>
    str(t, `safetyTopics[${i}]`),
  );
  return { quizzes, tips, vocabulary, topics, quiz, safetyTopics };
}

/** A quiz whose page carries no `data-pagefind-body` still becomes findable by its name. */
export function quizRecord(quiz: SearchQuiz, language = 'en'): CustomRecordInput {
  return {
    url: quiz.url,
    content: `${quiz.title}\n${quiz.description}`,
    language,
    meta: { title: quiz.title, type: RESULT_TYPE.quiz, description: quiz.description },
    filters: { type: [RESULT_TYPE.quiz] },
    // Quizzes have no publication date; this keeps them in "newest first" results, at the end.
    sort: { date: '0000-00-00' },
  };
}

/**
 * A reader tip as a record of its own, in the tips index: found by the reader's words, shown as a
 * reader tip on its article, and opened at the tip.
 */
export function tipRecord(tip: SearchTip, language = 'en'): CustomRecordInput {
  return {
    url: tip.url,
    content: tip.text,
    language,
    meta: { title: `Reader tip on “${tip.article}”`, type: RESULT_TYPE.tip, date: tip.approved },
    filters: { type: [RESULT_TYPE.tip], topic: [tip.topic] },
    sort: { date: tip.approved },
  };
}
