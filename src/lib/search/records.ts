/**
 * The site's search data, exported at build time by `src/pages/search-data.json.ts`: the quizzes
 * (a record each, when their page does not index itself) and the compiled search vocabulary.
 * FAQ answers have no records: they are regions of their article's record (./answers.ts).
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
} as const;

export type ResultType = (typeof RESULT_TYPE)[keyof typeof RESULT_TYPE];

/** One quiz as exported for search (used only when its page does not index itself). */
export interface SearchQuiz {
  url: string;
  title: string;
  description: string;
}

/** A page search suggests by name: a topic, or the quiz the editors put first. */
export interface SearchLink {
  title: string;
  href: string;
}

/** The whole export. */
export interface SearchData {
  quizzes: SearchQuiz[];
  vocabulary: Vocabulary;
  /** Every topic, in navigation order: suggested before a search and when one finds too little. */
  topics: SearchLink[];
  /** The quiz suggested before a search (the editors' first). */
  quiz: SearchLink | null;
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

/** Validates the exported JSON; a bad entry fails the build with its position and field. */
export function parseSearchData(json: unknown): SearchData {
  const o = obj(json, 'root');
  const quizzes = list(o['quizzes'], 'quizzes').map(parseQuiz);
  const raw = list(o['vocabulary'], 'vocabulary');
  const vocabulary = vocabularyFromJson(raw);
  if (vocabulary.length !== raw.length)
    fail('vocabulary', 'has entries that are not [phrase, [words]]');
  const topics = list(o['topics'], 'topics').map((t, i) => parseLink(t, `topics[${i}]`));
  const quiz = o['quiz'] === null ? null : parseLink(o['quiz'], 'quiz');
  return { quizzes, vocabulary, topics, quiz };
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
