import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchData } from '../lib/search/records';

// Built once at build time; the search integration reads it from the output and then deletes it.
export const prerender = true;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** FAQ answers and quizzes for the search index, straight from the content collections. */
export const GET: APIRoute = async () => {
  const [articles, topics, quizzes] = await Promise.all([
    getCollection('articles', (e) => !e.data.draft),
    getCollection('topics'),
    getCollection('quizzes'),
  ]);
  const topicTitle = new Map(topics.map((t) => [t.id, t.data.title]));
  const data: SearchData = {
    faqs: articles.flatMap((a) =>
      a.data.faq.map((f) => ({
        url: `/advice/${a.id}/#faq-${f.id}`,
        question: f.question,
        answer: f.answer,
        article: a.data.title,
        topic: topicTitle.get(a.data.topic.id) ?? a.data.topic.id,
        date: day(a.data.published),
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
