import type { APIRoute } from 'astro';
import { allOgCards, quizOgCard } from '../../../data/og-cards';
import { cardResponse } from '../_image';

export const prerender = false;

export const GET: APIRoute = async ({ params, request }) =>
  cardResponse(await quizOgCard(params.slug ?? ''), request, allOgCards);
