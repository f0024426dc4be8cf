import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getArticles, getTopics } from '../data/articles';
import { articleFaqWithReaders } from '../data/faq';
import type { SearchData } from '../lib/search/records';

// Built once at build time; the search integration reads it from the output and then deletes it.
export const prerender = true;

/** FAQ answers and quizzes for the search index, from the same data the pages render. */
export const GET: APIRoute = async () => {
  const [articles, topics, quizzes] = await Promise.all([
    getArticles(),
    getTopics(),
    getCollection('quizzes'),
  ]);
  const topicTitle = new Map(topics.map((t) => [t.id, t.data.title]));
  // The same entries the article pages and the FAQ hub show: the editors' FAQ plus answered reader questions.
  const faqs = await Promise.all(articles.map((a) => articleFaqWithReaders(a.entry)));
  const data: SearchData = {
    faqs: articles.flatMap((a, i) =>
      (faqs[i] ?? []).map((f) => ({
        url: f.href,
        question: f.question,
        answer: f.answer,
        article: a.title,
        topic: topicTitle.get(f.topic) ?? f.topic,
        date: a.published.toISOString().slice(0, 10),
      })),
    ),
    quizzes: quizzes.map((q) => ({
      url: `/quizzes/${q.id}/`,
      title: q.data.title,
      description: q.data.description,
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
