import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuizzes } from '../../../../data/quizzes';
import { cardPaths, ogPng, pngResponse, type KeyedCard } from '../../_image';
import { site } from '../../../../config/site';

/** One card per result band: what a shared result link shows in previews (never any scores). */
export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return cardPaths(
    quizzes.flatMap((q) =>
      q.data.bands.map((band, current) => ({
        params: { slug: q.id, band: band.id },
        card: {
          title: band.title,
          kicker: `${q.data.shortTitle} quiz result`,
          footer: `${site.name} · take the private quiz yourself`,
          band: { bands: q.data.bands.map(({ min, max }) => ({ min, max })), current },
        },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await ogPng(props as KeyedCard));
