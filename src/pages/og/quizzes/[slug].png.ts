import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuizzes } from '../../../data/quizzes';
import { renderOgPng } from '../_render';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return quizzes.map((q) => ({ params: { slug: q.id }, props: { title: q.data.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgPng({
    title: props.title as string,
    kicker: 'Private quiz',
    footer: site.name,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
