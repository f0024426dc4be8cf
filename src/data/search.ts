import { getCollection } from 'astro:content';
import { isoDay } from '../lib/dates';
import { readerTipPath } from '../lib/paths';
import type { SearchTip } from '../lib/search/records';
import { compileVocabulary, type Vocabulary } from '../lib/search/synonyms';
import { getArticles } from './articles';
import { byArticle } from './by-article';
import { oncePerBuild } from './once';
import { getTopics } from './topics';

/**
 * The search vocabulary compiled for the browser: every reader phrase of
 * `content/search/synonyms.yaml` with the site words it stands for. Empty when there is no file.
 */
export const getSearchVocabulary = oncePerBuild(async (): Promise<Vocabulary> => {
  const entries = await getCollection('search');
  const synonyms = entries.find((e) => e.id === 'synonyms');
  return synonyms ? compileVocabulary(synonyms.data) : [];
});

/**
 * Every approved tip with words, for the tips index: on its article, with the article's title and
 * topic, oldest first. A tip on an article that is not published (a draft) is not searchable.
 */
export const getSearchTips = oncePerBuild(async (): Promise<SearchTip[]> => {
  const [tips, articles, topics] = await Promise.all([
    getCollection('tips'),
    getArticles(),
    getTopics(),
  ]);
  const article = new Map(articles.map((a) => [a.slug, a]));
  const topicTitle = new Map(topics.map((t) => [t.slug, t.title]));
  return [...byArticle(tips.map((t) => t.data), (t) => t.approved).values()].flatMap((list) =>
    list.flatMap((tip) => {
      const on = article.get(tip.article.id);
      if (!on || !tip.text) return [];
      return [
        {
          url: readerTipPath(on.slug, tip.ref),
          article: on.title,
          topic: topicTitle.get(on.topic) ?? on.topic,
          text: tip.text,
          approved: isoDay(tip.approved),
        },
      ];
    }),
  );
});
