import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles';
import { getTopics } from '../data/topics';
import { getFaqIndex } from '../data/faq';
import { getQuizzes, quizCard } from '../data/quizzes';
import type { SearchData } from '../lib/search/records';

// Built once at build time; the search integration reads it from the output and then deletes it.
export const prerender = true;

/** FAQ answers and quizzes for the search index, from the same data the pages render. */
export const GET: APIRoute = async () => {
  const [articles, topics, quizzes, faqIndex] = await Promise.all([
    getArticles(),
    getTopics(),
    getQuizzes(),
    getFaqIndex(),
  ]);
  const topicTitle = new Map(topics.map((t) => [t.slug, t.title]));
  // The same entries the article pages and the FAQ hub show: the editors' FAQ plus answered reader questions.
  const data: SearchData = {
    faqs: articles.flatMap((a) =>
      (faqIndex.get(a.slug) ?? []).map((f) => ({
        url: f.href,
        question: f.question,
        answer: f.answer,
        article: a.title,
        topic: topicTitle.get(f.topic) ?? f.topic,
        date: a.published.toISOString().slice(0, 10),
      })),
    ),
    quizzes: quizzes.map(quizCard).map((q) => ({
      url: q.href,
      title: q.title,
      description: q.description,
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
