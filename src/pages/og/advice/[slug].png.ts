import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../data/articles';
import { getTopic } from '../../../data/topics';
import { cardPaths, ogPng, pngResponse, type KeyedCard } from '../_image';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const items = await Promise.all(
    articles.map(async (a) => ({
      params: { slug: a.slug },
      card: { title: a.title, kicker: (await getTopic(a.topic)).title, footer: site.name },
    })),
  );
  return cardPaths(items);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await ogPng(props as KeyedCard));
