import { getCollection, type CollectionEntry } from 'astro:content';
import { quizFingerprint } from '../lib/quiz/fingerprint';
import { quizCopy } from '../lib/quiz/copy';
import type { QuizView } from '../lib/quiz/view';
import { quizPath } from '../lib/paths';
import { getArticle } from './articles';
import { oncePerBuild } from './once';

export type QuizEntry = CollectionEntry<'quizzes'>;

/** Every quiz, in the editors' order (then by title, so the list is stable). */
export const getQuizzes = oncePerBuild(async (): Promise<QuizEntry[]> => {
  const quizzes = await getCollection('quizzes');
  return quizzes.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
});

/** The quizzes with these slugs, in the order given (an article's `quizzes:`). */
export async function getQuizzesBySlug(slugs: readonly string[]): Promise<QuizEntry[]> {
  const quizzes = await getQuizzes();
  return slugs.map((slug) => {
    const quiz = quizzes.find((q) => q.id === slug);
    if (!quiz) throw new Error(`Unknown quiz "${slug}"`);
    return quiz;
  });
}

/** A quiz as a card in a list: its page, title and description. */
export const quizCard = (quiz: QuizEntry) => ({
  href: quizPath(quiz.id),
  title: quiz.data.title,
  description: quiz.data.description,
});

/** The articles a quiz suggests reading next (its `related:`), as links. */
export async function quizReadNext(quiz: QuizEntry): Promise<{ href: string; title: string }[]> {
  const articles = await Promise.all(quiz.data.related.map((ref) => getArticle(ref.id)));
  return articles.map((a) => ({ href: a.href, title: a.title }));
}

/** The props the quiz island needs: only what it shows or scores with. */
export function quizView(entry: QuizEntry): QuizView {
  const { title, shortTitle, dimensionNoun, scales, dimensions, questions, bands } = entry.data;
  const definition = { slug: entry.id, scales, dimensions, questions, bands };
  return {
    ...definition,
    title,
    shortTitle,
    dimensionNoun,
    copy: quizCopy,
    fingerprint: quizFingerprint(definition),
  };
}
