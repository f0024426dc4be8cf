import { getCollection, type CollectionEntry } from 'astro:content';
import { quizFingerprint } from '../lib/quiz/fingerprint';
import { quizCopy } from '../lib/quiz/copy';
import type { QuizView } from '../lib/quiz/view';

export type QuizEntry = CollectionEntry<'quizzes'>;

/** Every quiz, in the editors' order (then by title, so the list is stable). */
export async function getQuizzes(): Promise<QuizEntry[]> {
  const quizzes = await getCollection('quizzes');
  return quizzes.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The props the quiz island needs: only what it shows or scores with. */
export function quizView(entry: QuizEntry): QuizView {
  const { title, shortTitle, dimensionNoun, note, help, scales, dimensions, questions, bands } = entry.data;
  const definition = { slug: entry.id, scales, dimensions, questions, bands };
  return {
    ...definition,
    title,
    shortTitle,
    dimensionNoun,
    note,
    help,
    copy: quizCopy,
    fingerprint: quizFingerprint(definition),
  };
}
