import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles';
import { site } from '../config/site';

export const GET: APIRoute = async (context) => {
  const articles = await getArticles();
  return rss({
    title: `${site.name}: latest advice`,
    description: site.description,
    site: context.site ?? 'https://closer.example',
    items: articles.map((a) => ({
      title: a.title,
      description: a.description,
      pubDate: a.published,
      link: a.href,
    })),
  });
};
