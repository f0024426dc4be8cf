/**
 * Turns the site's search data (FAQ answers and quizzes, exported at build time by
 * `src/pages/search-data.json.ts`) into Pagefind custom records.
 * Pure: no Astro, Node or Pagefind imports, so the rules are unit-tested directly.
 */

/** Result types, exactly as the "type" filter shows them to readers. */
export const RESULT_TYPE = {
  article: 'Article',
  faq: 'FAQ answer',
  quiz: 'Quiz',
} as const;

export type ResultType = (typeof RESULT_TYPE)[keyof typeof RESULT_TYPE];

/** One FAQ answer as exported for search. */
export interface SearchFaq {
  /** Link that opens the answer on its article: `/advice/<slug>/#faq-<id>`. */
  url: string;
  question: string;
  answer: string;
  /** Title of the article the answer belongs to. */
  article: string;
  /** Topic name as readers see it (the filter value). */
  topic: string;
  /** Publication date of the article, YYYY-MM-DD (sortable as text). */
  date: string;
}

/** One quiz as exported for search (used only when its page does not index itself). */
export interface SearchQuiz {
  url: string;
  title: string;
  description: string;
}

/** The whole export. */
export interface SearchData {
  faqs: SearchFaq[];
  quizzes: SearchQuiz[];
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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

function parseFaq(raw: unknown, i: number): SearchFaq {
  const where = `faqs[${i}]`;
  const o = obj(raw, where);
  const url = str(o['url'], `${where}.url`);
  if (!/^\/advice\/[a-z0-9-]+\/#faq-[a-z0-9-]+$/.test(url)) {
    fail(`${where}.url`, `must look like /advice/<slug>/#faq-<id>, got "${url}"`);
  }
  const date = str(o['date'], `${where}.date`);
  if (!DATE.test(date)) fail(`${where}.date`, `must be YYYY-MM-DD, got "${date}"`);
  return {
    url,
    question: str(o['question'], `${where}.question`),
    answer: str(o['answer'], `${where}.answer`),
    article: str(o['article'], `${where}.article`),
    topic: str(o['topic'], `${where}.topic`),
    date,
  };
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

/** Validates the exported JSON; a bad entry fails the build with its position and field. */
export function parseSearchData(json: unknown): SearchData {
  const o = obj(json, 'root');
  const faqs = list(o['faqs'], 'faqs').map(parseFaq);
  const quizzes = list(o['quizzes'], 'quizzes').map(parseQuiz);
  const seen = new Set<string>();
  for (const f of faqs) {
    if (seen.has(f.url)) fail('faqs', `repeat the anchor ${f.url}`);
    seen.add(f.url);
  }
  return { faqs, quizzes };
}

/**
 * An FAQ answer as a result of its own: titled with its question, linking to its anchor.
 * The question is part of the content too, so that words of the question match.
 */
export function faqRecord(faq: SearchFaq, language = 'en'): CustomRecordInput {
  return {
    url: faq.url,
    content: `${faq.question}\n${faq.answer}`,
    language,
    meta: {
      title: faq.question,
      type: RESULT_TYPE.faq,
      topic: faq.topic,
      article: faq.article,
      date: faq.date,
    },
    filters: { type: [RESULT_TYPE.faq], topic: [faq.topic] },
    sort: { date: faq.date },
  };
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
