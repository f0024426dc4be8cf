import type { APIRoute } from 'astro';
import { getQuizzes, quizCard } from '../data/quizzes';
import { getSearchTips, getSearchVocabulary } from '../data/search';
import { getTopics } from '../data/topics';
import type { SearchData } from '../lib/search/records';

// Built once at build time; the search integration reads it from the output and then deletes it.
export const prerender = true;

/**
 * What the search index needs besides the pages: the quizzes (for a quiz page that does not index
 * itself), the approved reader tips (indexed on their own, so that approving one leaves the
 * article index as it was), and what the indexer publishes with the index for the search box: the compiled
 * vocabulary, the topics and the first quiz (suggested before a search and when one finds too
 * little). FAQ answers need nothing here: they are indexed as part of their article.
 */
export const GET: APIRoute = async () => {
  const [quizzes, tips, vocabulary, topics] = await Promise.all([
    getQuizzes(),
    getSearchTips(),
    getSearchVocabulary(),
    getTopics(),
  ]);
  const cards = quizzes.map(quizCard);
  const first = cards[0];
  const data: SearchData = {
    quizzes: cards.map((q) => ({ url: q.href, title: q.title, description: q.description })),
    tips,
    vocabulary,
    topics: topics.map((t) => ({ title: t.title, href: t.href })),
    quiz: first ? { title: first.title, href: first.href } : null,
    safetyTopics: topics.filter((t) => t.helpFirst).map((t) => t.title),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
