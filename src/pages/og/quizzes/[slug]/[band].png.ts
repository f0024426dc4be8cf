import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuizzes } from '../../../../data/quizzes';
import { renderOgPng } from '../../_render';
import type { OgBand } from '../../../../lib/og/card';
import { site } from '../../../../config/site';

/** One card per result band: what a shared result link shows in previews (never any scores). */
export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return quizzes.flatMap((q) =>
    q.data.bands.map((band, current) => ({
      params: { slug: q.id, band: band.id },
      props: {
        title: band.title,
        kicker: `${q.data.shortTitle} quiz result`,
        band: { bands: q.data.bands.map(({ min, max }) => ({ min, max })), current },
      },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgPng({
    title: props.title as string,
    kicker: props.kicker as string,
    footer: `${site.name} · take the private quiz yourself`,
    band: props.band as OgBand,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
