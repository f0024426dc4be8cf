// What a card shows, built from the summaries src/data hands out: title, link, description, the
// facts line (topic, reading time, length) and the thumbnail.
import type { ArticleSummary } from '../../data/articles';
import { quizCard, type QuizEntry } from '../../data/quizzes';
import { getTopics, type TopicSummary } from '../../data/topics';
import { itemSummary } from '../../lib/quiz/view';
import { articleImage, quizImage, topicImage, type SiteImage } from './images';

/** A count and its unit kept on one line ("7 min read"); long facts such as topic names may wrap. */
const together = (text: string) => text.replaceAll(' ', '\u00a0');

export interface CardItem {
  href: string;
  title: string;
  description?: string | undefined;
  /** Short facts shown under the title, joined by " · " (topic, reading time…). */
  meta?: string[] | undefined;
  image?: SiteImage | undefined;
}

/** Article cards: topic and reading time under the title, the article's picture as thumbnail. */
export async function articleCards(articles: readonly ArticleSummary[]): Promise<CardItem[]> {
  const topics = new Map((await getTopics()).map((t) => [t.slug, t.title]));
  return articles.map((a) => ({
    href: a.href,
    title: a.title,
    description: a.description,
    meta: [topics.get(a.topic) ?? a.topic, together(`${String(a.minutes)} min read`)],
    image: articleImage(a),
  }));
}

/** A topic card: its drawing, and how many articles it holds when that is known. */
export const topicCardItem = (topic: TopicSummary, articles?: number): CardItem => ({
  href: topic.href,
  title: topic.title,
  description: topic.description,
  meta:
    articles === undefined
      ? []
      : [together(`${String(articles)} article${articles === 1 ? '' : 's'}`)],
  image: topicImage(topic.slug),
});

/** A quiz card: its drawing and its length ("12 statements and a picture · about 5 min"). */
export const quizCardItem = (quiz: QuizEntry): CardItem => ({
  ...quizCard(quiz),
  meta: [
    itemSummary({ slug: quiz.id, ...quiz.data }),
    together(`about ${String(quiz.data.minutes)} min`),
  ],
  image: quizImage(quiz.id),
});
