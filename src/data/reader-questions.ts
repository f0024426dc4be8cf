import { getCollection, type CollectionEntry } from 'astro:content';
import { readerFaqId } from '../schemas/question';
import type { SiteFaq } from './faq';
import { getAuthor } from './articles';

/** An FAQ entry that a reader asked and an editor answered. */
export interface ReaderFaq extends SiteFaq {
  /** Marks the entry as a reader question: who asked (a display name or "A reader") and who answered. */
  reader: { askedBy: string; answeredBy: string };
}

// Read once per build: every article page and the FAQ hub ask, and an empty collection warns on each read.
let all: Promise<CollectionEntry<'questions'>[]> | undefined;

/** Answered reader questions for one article, in FAQ form, oldest answer first. */
export async function readerFaq(article: string, topic: string): Promise<ReaderFaq[]> {
  all ??= getCollection('questions');
  const questions = (await all).filter((q) => q.data.article.id === article);
  const sorted = questions
    .map((q) => q.data)
    .sort((a, b) => a.answered.getTime() - b.answered.getTime() || a.ref.localeCompare(b.ref));
  return Promise.all(
    sorted.map(async (q) => {
      const id = readerFaqId(q.ref);
      const answeredBy = (await getAuthor(q.answeredBy.id)).data.name;
      return {
        id,
        question: q.question,
        answer: q.answer,
        article,
        topic,
        href: `/advice/${article}/#faq-${id}`,
        reader: { askedBy: q.name ?? 'A reader', answeredBy },
      };
    }),
  );
}

/** True for an FAQ entry that came from a reader. */
export const isReaderFaq = (f: SiteFaq): f is ReaderFaq => 'reader' in f;
