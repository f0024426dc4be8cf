import type { APIRoute } from 'astro';
import { allOgCards, quizResultOgCard } from '../../../../data/og-cards';
import { cardResponse } from '../../_image';

export const prerender = false;

export const GET: APIRoute = async ({ params, request }) =>
  cardResponse(await quizResultOgCard(params.slug ?? '', params.band ?? ''), request, allOgCards);
