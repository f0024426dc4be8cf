/**
 * FAQ answers as results of their own without records of their own: each answer is a region of
 * its article's indexed text, found from the anchors Pagefind keeps (the question's and the
 * answer's ids), and scored like a short document. Keeping answers inside their article keeps the
 * index's page table to one row per article, which is what lets search stay light at 10,000
 * articles. Pure, unit-tested.
 */
import { FAQ_ALSO_SUFFIX, FAQ_QUESTION_SUFFIX } from '../paths/content.ts';

/** An element with an id, as Pagefind reports it: where it starts in the page's words. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** One FAQ entry of a page, as word positions: [question, answer, phrasings, end). */
export interface FaqRegion {
  /** The answer's anchor (`faq-<id>`): the link that opens it. */
  id: string;
  /** The question's text as the page shows it. */
  question: string;
  questionStart: number;
  answerStart: number;
  /** Where the editors' other phrasings of the question start (= end when there are none). */
  alsoStart: number;
  end: number;
}

/**
 * The FAQ regions of a page, in page order. An entry ends where the next element with an id
 * starts (the next question, a heading), or at the end of the page.
 */
export function faqRegions(anchors: readonly Anchor[], wordCount: number): FaqRegion[] {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const regions: FaqRegion[] = [];
  sorted.forEach((q, i) => {
    if (!q.id.endsWith(FAQ_QUESTION_SUFFIX)) return;
    const id = q.id.slice(0, -FAQ_QUESTION_SUFFIX.length);
    const answer = sorted.find((a) => a.id === id);
    if (!answer) return;
    const also = sorted.find((a) => a.id === `${id}${FAQ_ALSO_SUFFIX}`);
    const next = sorted
      .slice(i + 1)
      .find((a) => a.location > answer.location && a !== also && a.id !== id);
    const end = next ? next.location : wordCount;
    regions.push({
      id,
      question: q.text ?? '',
      questionStart: q.location,
      answerStart: answer.location,
      alsoStart: also && also.location < end ? also.location : end,
      end,
    });
  });
  return regions;
}

/** How words count, by where they stand. Chosen by measurement (docs/search.md). */
export interface FieldWeights {
  title: number;
  heading: number;
  question: number;
  /** The editors' other phrasings of a question (indexed, never shown). */
  also: number;
}

/** BM25's parameters for the documents search re-scores itself. */
export interface Bm25 {
  k1: number;
  b: number;
  /** Average document length in words. */
  avgdl: number;
}

/** One term's matches in a page, with its weight in the query and how rare it is. */
export interface TermMatch {
  weight: number;
  idf: number;
  locations: readonly number[];
}

/** The inverse document frequency of a term found in `n` of `total` records (BM25's form). */
export const idf = (total: number, n: number): number =>
  Math.log((Math.max(total, n) - n + 0.5) / (n + 0.5) + 1);

/**
 * BM25 of one document: the words at `locations` count with `weightAt(location)` (0 = not in this
 * document); `length` is the document's length in words.
 */
export function bm25Score(
  matches: readonly TermMatch[],
  weightAt: (location: number) => number,
  length: number,
  p: Bm25,
): number {
  let score = 0;
  for (const m of matches) {
    const tf = m.locations.reduce((sum, l) => sum + weightAt(l), 0);
    if (tf === 0) continue;
    const norm = p.k1 * (1 - p.b + (p.b * length) / p.avgdl);
    score += (m.weight * m.idf * (p.k1 + 1) * tf) / (norm + tf);
  }
  return score;
}

/** The weight of a word at `l` inside an FAQ region (0 outside it). */
export function regionWeight(r: FaqRegion, w: FieldWeights) {
  return (l: number): number => {
    if (l < r.questionStart || l >= r.end) return 0;
    if (l < r.answerStart) return w.question;
    return l < r.alsoStart ? 1 : w.also;
  };
}
