import type { APIRoute } from 'astro';
import { allOgCards, articleOgCard } from '../../../data/og-cards';
import { cardResponse } from '../_image';

export const prerender = false;

export const GET: APIRoute = async ({ params, request }) =>
  cardResponse(await articleOgCard(params.slug ?? ''), request, allOgCards);
