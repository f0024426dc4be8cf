import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuizzes } from '../../../data/quizzes';
import { cardPaths, ogPng, pngResponse, type KeyedCard } from '../_image';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return cardPaths(
    quizzes.map((q) => ({
      params: { slug: q.id },
      card: { title: q.data.title, kicker: 'Private quiz', footer: site.name },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await ogPng(props as KeyedCard));
