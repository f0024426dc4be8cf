import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../data/articles';
import { getTopic } from '../../../data/topics';
import { renderOgPng } from '../_render';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return Promise.all(
    articles.map(async (a) => ({
      params: { slug: a.slug },
      props: { title: a.title, kicker: (await getTopic(a.topic)).title },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgPng({
    title: props.title as string,
    kicker: props.kicker as string,
    footer: site.name,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
