import { getCollection } from 'astro:content';
import type { FaqEntry } from '../schemas/faq';
import { readerFaqId } from '../schemas/question';
import { faqAnswerPath } from '../lib/paths';
import { getArticles, type ArticleSummary } from './articles';
import { getAuthor } from './authors';
import { byArticle } from './by-article';
import { oncePerBuild } from './once';

/** One FAQ answer with where it lives. The article page, JSON-LD, the FAQ hub and search all read this. */
export interface SiteFaq extends FaqEntry {
  article: string;
  topic: string;
  /** Link that opens this answer on its article. */
  href: string;
}

/** An FAQ entry that a reader asked and an editor answered (content/questions). */
export interface ReaderFaq extends SiteFaq {
  /** Marks the entry as a reader question: who asked (a display name or "A reader") and who answered. */
  reader: { askedBy: string; answeredBy: string };
}

/** True for an FAQ entry that came from a reader. */
export const isReaderFaq = (f: SiteFaq): f is ReaderFaq => 'reader' in f;


// Answered reader questions by article slug, oldest answer first. Read once: an empty collection
// warns on each read.
const questionsByArticle = oncePerBuild(async () => {
  const questions = (await getCollection('questions')).map((q) => q.data);
  return byArticle(questions, (q) => q.answered);
});

async function readerFaq(article: ArticleSummary): Promise<ReaderFaq[]> {
  const questions = (await questionsByArticle()).get(article.slug) ?? [];
  return Promise.all(
    questions.map(async (q) => {
      const id = readerFaqId(q.ref);
      return {
        id,
        question: q.question,
        answer: q.answer,
        alsoAsked: [],
        article: article.slug,
        topic: article.topic,
        href: faqAnswerPath(article.slug, id),
        reader: {
          askedBy: q.name ?? 'A reader',
          answeredBy: (await getAuthor(q.answeredBy.id)).name,
        },
      };
    }),
  );
}

/** The article's FAQ, in the order the editor gave, followed by the reader questions our editors answered. */
async function articleFaq(article: ArticleSummary): Promise<SiteFaq[]> {
  const own = article.entry.data.faq.map((f) => ({
    ...f,
    article: article.slug,
    topic: article.topic,
    href: faqAnswerPath(article.slug, f.id),
  }));
  return [...own, ...(await readerFaq(article))];
}

/**
 * Every article's FAQ by article slug, built once per build: the article pages, the FAQ hub and
 * search all read this one index, so they cannot disagree.
 */
export const getFaqIndex = oncePerBuild(async (): Promise<Map<string, SiteFaq[]>> => {
  const articles = await getArticles();
  const faqs = await Promise.all(articles.map(articleFaq));
  return new Map(articles.map((a, i) => [a.slug, faqs[i] ?? []]));
});

/** The FAQ of one article (empty for an unknown slug). */
export async function faqOf(slug: string): Promise<SiteFaq[]> {
  return (await getFaqIndex()).get(slug) ?? [];
}
