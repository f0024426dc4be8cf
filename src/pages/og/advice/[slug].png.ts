import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getArticles } from '../../../data/articles';
import { renderOgPng } from '../_render';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((a) => ({
    params: { slug: a.slug },
    props: { title: a.title, topic: a.topic },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const topic = await getEntry('topics', props.topic as string);
  const png = await renderOgPng({
    title: props.title as string,
    kicker: topic?.data.title,
    footer: site.name,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
