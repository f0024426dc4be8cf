/**
 * Turns the pages a search found into what the reader sees: one block per page, led by the page
 * or by its best FAQ answer, whichever fits the question better, with the other one beneath it.
 * The first few pages are re-scored here as documents with fields (title, headings, FAQ question,
 * answer), the way a search engine with separate records would; the rest keep Pagefind's order.
 * Pure, unit-tested; the weights were chosen on the relevance sets (docs/search.md).
 */
import {
  bm25Score,
  faqRegions,
  regionWeight,
  type Anchor,
  type Bm25,
  type FaqRegion,
  type FieldWeights,
  type TermMatch,
} from './answers.ts';
import { excerptHtml } from './excerpt.ts';
import { sharesFrame, type Frame } from './question-frames.ts';
import type { PageMatch } from './ranked-search.ts';
import { RESULT_TYPE } from './records.ts';
import { isSafetyQuery } from './safety.ts';

/** What Pagefind's `data()` gives for a page (the fields read here). */
export interface PageData {
  url: string;
  raw_url?: string;
  content: string;
  word_count: number;
  anchors: Anchor[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One link in a result block. */
export interface Place {
  kind: 'page' | 'answer';
  /** The share of the query's weight its title holds (an answer: its question and other phrasings). */
  titleCovers: number;
  /** Without Pagefind's `?highlight=`: the search adds its own. */
  url: string;
  title: string;
  /** HTML: escaped text with the searched words in `<mark>`. */
  excerpt: string;
  score: number;
  /** An answer asked in the frame of the reader's question (./question-frames.ts). */
  framed?: boolean;
  /** An answer asked about control or abuse, for a question about them (./safety.ts). */
  safety?: boolean;
}

/** What a reader's question says besides its words. */
export interface Asked {
  /** The frames it is asked in (./question-frames.ts). */
  frames: ReadonlySet<Frame>;
  /** Whether it describes control or abuse (./safety.ts). */
  safety: boolean;
}

const PLAIN: Asked = { frames: new Set(), safety: false };

/** One result as shown: the leading link, perhaps a second one from the same page, and facts. */
export interface ResultBlock {
  score: number;
  /** The share of the question's weight the page matches (0–1); low means a weak result. */
  coverage: number;
  lead: Place;
  also?: Place;
  /**
   * Another answer of the same page that fits nearly as well as the one shown (first result only,
   * ./find.ts): two answers of one article often share most of their words, and the reader then
   * sees both rather than opening the wrong one.
   */
  nextAnswer?: Place;
  type: string;
  topic: string;
  date: string;
}

export interface RankingParams {
  weights: FieldWeights;
  bm25: Bm25;
  /**
   * Extra score when the title (an article's title, an answer's question) holds the searched
   * words: weight × the matched words' IDF × coverage², as Pagefind boosts titles.
   */
  titleBoost: number;
  /** Multiplies answers' scores against their page's. */
  answerFactor: number;
  /**
   * How much a document is held back for matching only part of the question: its score is
   * multiplied by the matched share of the query's weight (rarer words weigh more) to this power.
   */
  coverage: number;
  /**
   * An answer leads its block only when it scores higher than its page and, with this on, its
   * question (or another phrasing of it) also holds more of the reader's question than the page's
   * title does: for "trust" the article "Rebuilding trust…" leads, for "difference between
   * emotional and physical intimacy" the answer asked in those words does.
   */
  answerMustCoverMore: boolean;
  /** Multiplies a quiz page's score: a quiz is a way in, not an answer, unless asked for by name. */
  quizFactor: number;
  /**
   * Multiplies a reader tip's score: one reader's experience, shown when it fits the question,
   * after the editors' answer that fits as well (the relevance sets have no tips: an editorial choice).
   */
  tipFactor: number;
  /**
   * An answer asked in the same frame as the reader's question ("how long…", "is it normal…",
   * ./question-frames.ts) scores this much more (0.5 = half as much again).
   */
  frameBonus: number;
  /**
   * The first result shows a second answer of its page when that answer scores at least this
   * share of the answer shown (above 1: never).
   */
  nextAnswerShare: number;
  /**
   * Multiplies the score of a page whose title compares two things ("Physical vs emotional
   * intimacy") when the question touches only one side of it: that side alone is another page's
   * subject. Not its answers, which have subjects of their own.
   */
  comparisonFactor: number;
}

/** Chosen by measurement on the relevance sets (docs/search.md has the table). */
export const RANKING_PARAMS: RankingParams = {
  // Pagefind's own weights for h1 and h2; a question counts like an h3.
  weights: { title: 7, heading: 6, question: 5, also: 1 },
  bm25: { k1: 2.5, b: 0.75, avgdl: 450 },
  titleBoost: 5,
  answerFactor: 1,
  coverage: 0,
  answerMustCoverMore: true,
  quizFactor: 0.8,
  tipFactor: 0.5,
  frameBonus: 0.5,
  nextAnswerShare: 0.5,
  comparisonFactor: 0.7,
};

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The title's share of the query, as Pagefind boosts a title that holds the searched words. */
function titleBonus(matches: readonly TermMatch[], inTitle: (l: number) => boolean, boost: number) {
  const all = matches.reduce((sum, m) => sum + m.weight * m.idf, 0);
  if (all === 0) return 0;
  const matched = matches
    .filter((m) => m.locations.some(inTitle))
    .reduce((sum, m) => sum + m.weight * m.idf, 0);
  return boost * matched * (matched / all) ** 2;
}

/** The share of the query's weight (term weight × IDF) that a document matches. */
function coverageOf(matches: readonly TermMatch[], inDocument: (l: number) => boolean): number {
  const all = matches.reduce((sum, m) => sum + m.weight * m.idf, 0);
  if (all === 0) return 0;
  const matched = matches
    .filter((m) => m.locations.some(inDocument))
    .reduce((sum, m) => sum + m.weight * m.idf, 0);
  return matched / all;
}

/** The page as one document: its title and headings weigh more than its paragraphs. */
const typeOf = (data: PageData) => data.meta['type'] ?? data.filters['type']?.[0];

/**
 * Words of the record's text that are its title: pages and quizzes begin with theirs. A reader
 * tip's record is the reader's words alone (its title, "Reader tip on …", is only shown).
 */
const titleWordsOf = (data: PageData) =>
  typeOf(data) === RESULT_TYPE.tip ? 0 : wordCount(data.meta['title'] ?? '');

/**
 * The length a record is scored at. A tip is a few lines: scored at its own length, BM25 would
 * rank it above any article for one shared word; it counts as at least an average page.
 */
const scoredLength = (data: PageData, p: RankingParams) =>
  typeOf(data) === RESULT_TYPE.tip ? Math.max(data.word_count, p.bm25.avgdl) : data.word_count;

/** The word ranges of the two sides of a title that compares ("Physical vs emotional intimacy: …"). */
function comparedSides(data: PageData, titleWords: number): (readonly [number, number])[] {
  const words = data.content.split(/\s+/, titleWords).map((w) => w.toLowerCase());
  const vs = words.findIndex((w) => w === 'vs' || w === 'vs.' || w === 'versus');
  if (vs <= 0) return [];
  const colon = words.findIndex((w, i) => i > vs && w.endsWith(':'));
  return [
    [0, vs],
    [vs + 1, colon === -1 ? titleWords : colon + 1],
  ];
}

function comparisonFactor(data: PageData, matches: readonly TermMatch[], p: RankingParams) {
  const touched = comparedSides(data, titleWordsOf(data)).map(([from, to]) =>
    matches.some((m) => m.locations.some((l) => l >= from && l < to)),
  );
  return touched.length === 2 && touched[0] !== touched[1] ? p.comparisonFactor : 1;
}

function pageScore(data: PageData, matches: readonly TermMatch[], p: RankingParams): number {
  const titleWords = titleWordsOf(data);
  const headings = data.anchors
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.text)
    .map((a) => [a.location, a.location + wordCount(a.text ?? '')] as const);
  const weightAt = (l: number) => {
    if (l < titleWords) return p.weights.title;
    return headings.some(([from, to]) => l >= from && l < to) ? p.weights.heading : 1;
  };
  return (
    (bm25Score(matches, weightAt, scoredLength(data, p), p.bm25) +
      titleBonus(matches, (l) => l < titleWords, p.titleBoost)) *
    coverageOf(matches, () => true) ** p.coverage *
    comparisonFactor(data, matches, p)
  );
}

function answerScore(r: FaqRegion, matches: readonly TermMatch[], p: RankingParams): number {
  const inQuestion = (l: number) => l >= r.questionStart && l < r.answerStart;
  const inRegion = (l: number) => l >= r.questionStart && l < r.end;
  return (
    p.answerFactor *
    (bm25Score(matches, regionWeight(r, p.weights), r.end - r.questionStart, p.bm25) +
      titleBonus(matches, inQuestion, p.titleBoost)) *
    coverageOf(matches, inRegion) ** p.coverage
  );
}

/** A quiz or a reader tip is held back against an article or answer that fits as well. */
function typeFactor(data: PageData, p: RankingParams): number {
  const type = typeOf(data);
  if (type === RESULT_TYPE.quiz) return p.quizFactor;
  return type === RESULT_TYPE.tip ? p.tipFactor : 1;
}

/** The page's link without Pagefind's query string (the search adds its own highlight). */
export const pageUrl = (data: PageData) => (data.raw_url ?? data.url).replace(/\?[^#]*/, '');

/** An answer's question and the editors' other phrasings of it (indexed joined with ". "). */
const waysAsked = (r: FaqRegion, words: readonly string[]) => [
  r.question,
  ...words.slice(r.alsoStart, r.end).join(' ').split(/\.\s+/).filter(Boolean),
];

/**
 * Every FAQ answer of the page that holds a searched word, best first. For a question about
 * control or abuse, the answers asked about them come first: safety before self-improvement, as
 * the safety topic leads the pages (./find.ts).
 */
export function answerPlaces(
  data: PageData,
  page: PageMatch,
  p = RANKING_PARAMS,
  asked: Asked = PLAIN,
): Place[] {
  const words = data.content.split(/\s+/);
  const matched = new Set(page.matches.flatMap((m) => m.locations));
  return faqRegions(data.anchors, data.word_count)
    .map((r) => {
      const ways = waysAsked(r, words);
      const framed = sharesFrame(asked.frames, ways);
      return {
        kind: 'answer' as const,
        url: `${pageUrl(data)}#${r.id}`,
        title: r.question,
        excerpt: excerptHtml(words, matched, r.answerStart, r.alsoStart),
        score: answerScore(r, page.matches, p) * (framed ? 1 + p.frameBonus : 1),
        titleCovers: coverageOf(
          page.matches,
          (l) => (l >= r.questionStart && l < r.answerStart) || (l >= r.alsoStart && l < r.end),
        ),
        framed,
        safety: asked.safety && ways.some(isSafetyQuery),
      };
    })
    .filter((a) => a.score > 0)
    .sort((a, b) => Number(b.safety) - Number(a.safety) || b.score - a.score);
}

/** What a block says besides its links: how much of the question it matches, type, topic, date. */
const blockFacts = (data: PageData, page: PageMatch, type: string) => ({
  coverage: coverageOf(page.matches, () => true),
  type,
  topic: data.meta['topic'] ?? data.filters['topic']?.[0] ?? '',
  date: data.meta['date'] ?? '',
});

/** The block for one page: the better of the page and its best answer leads. */
export function resultBlock(
  data: PageData,
  page: PageMatch,
  p = RANKING_PARAMS,
  asked: Asked = PLAIN,
): ResultBlock {
  const words = data.content.split(/\s+/);
  const matched = new Set(page.matches.flatMap((m) => m.locations));
  const regions = faqRegions(data.anchors, data.word_count);
  const firstFaq = regions[0]?.questionStart ?? words.length;
  // The page's own text is before its FAQ and after it (reader tips): the excerpt comes from the
  // part that holds more of the searched words.
  const afterFaq = regions.at(-1)?.end ?? words.length;
  const within = (from: number, to: number) =>
    [...matched].filter((l) => l >= from && l < to).length;
  const [from, to] =
    within(afterFaq, words.length) > within(0, firstFaq) ? [afterFaq, words.length] : [0, firstFaq];
  const self: Place = {
    kind: 'page',
    url: pageUrl(data),
    title: data.meta['title'] ?? pageUrl(data),
    excerpt: excerptHtml(words, matched, from, to),
    score: pageScore(data, page.matches, p) * typeFactor(data, p),
    titleCovers: coverageOf(page.matches, (l) => l < titleWordsOf(data)),
  };
  const answers = answerPlaces(data, page, p, asked);
  const best = answers[0];
  const facts = blockFacts(data, page, data.meta['type'] ?? data.filters['type']?.[0] ?? '');
  if (!best) return { score: self.score, lead: self, ...facts };
  const answerLeads =
    best.score > self.score && (!p.answerMustCoverMore || best.titleCovers > self.titleCovers);
  const [lead, also] = answerLeads ? [best, self] : [self, best];
  // The block ranks by the best the page holds, whichever leads and whichever answer is shown (a
  // safety answer may be shown ahead of one that scores higher).
  const score = Math.max(self.score, ...answers.map((a) => a.score));
  const nextAnswer = nextAnswerOf(answers, p);
  return { score, lead, also, ...(nextAnswer ? { nextAnswer } : {}), ...facts };
}

/**
 * The answer after the one shown, when it scores nearly as well. Beneath an answer about control
 * or abuse, only another one about them.
 */
function nextAnswerOf(answers: readonly Place[], p: RankingParams): Place | undefined {
  const [shown, next] = answers;
  if (!shown || !next || next.safety !== shown.safety) return undefined;
  return next.score >= p.nextAnswerShare * shown.score ? next : undefined;
}

/** The block without its second answer. */
export function withoutNextAnswer(block: ResultBlock): ResultBlock {
  if (!block.nextAnswer) return block;
  const rest = { ...block };
  delete rest.nextAnswer;
  return rest;
}

/** Only the first result shows a second answer: the others keep to two links. */
export const nextAnswerOnFirstOnly = (blocks: readonly ResultBlock[]): ResultBlock[] =>
  blocks.map((b, i) => (i === 0 ? b : withoutNextAnswer(b)));

/** Blocks best first (by the re-scored lead), or in the given order when the reader chose a sort. */
export const orderBlocks = (blocks: ResultBlock[], sorted: boolean) =>
  sorted ? blocks : [...blocks].sort((a, b) => b.score - a.score);

/** With the "FAQ answer" type chosen: every matching answer of the page as a block of its own. */
export function answerBlocks(
  data: PageData,
  page: PageMatch,
  p = RANKING_PARAMS,
  asked: Asked = PLAIN,
): ResultBlock[] {
  const facts = blockFacts(data, page, RESULT_TYPE.faq);
  return answerPlaces(data, page, p, asked).map((lead) => ({ score: lead.score, lead, ...facts }));
}

export interface BlockOptions {
  /** Only FAQ answers (the "FAQ answer" type filter). */
  answersOnly: boolean;
  /** The reader chose an order (newest first): keep the pages' order. */
  sorted: boolean;
  params?: RankingParams;
  /** What the reader's question says besides its words. */
  asked?: Asked;
}

/** Loads the pages' data (the text Pagefind keeps for each) and builds their blocks. */
export async function blocksFor(
  pages: readonly PageMatch<PageData>[],
  { answersOnly, sorted, params = RANKING_PARAMS, asked = PLAIN }: BlockOptions,
): Promise<ResultBlock[]> {
  const data = await Promise.all(pages.map((p) => p.data()));
  const blocks = pages.flatMap((page, i) => {
    const d = data[i];
    if (!d) return [];
    return answersOnly
      ? answerBlocks(d, page, params, asked)
      : [resultBlock(d, page, params, asked)];
  });
  return orderBlocks(blocks, sorted);
}

/** Below this share of the question matched, the best result is weak: search offers other ways. */
export const WEAK_COVERAGE = 0.5;

/** Whether the reader should be offered other ways forward (nothing found, or nothing close). */
export const isWeak = (blocks: readonly ResultBlock[]) =>
  Math.max(0, ...blocks.map((b) => b.coverage)) < WEAK_COVERAGE;
