import type { APIRoute } from 'astro';
import { allOgCards, defaultOgCard } from '../../data/og-cards';
import { cardResponse } from './_image';

export const prerender = false;

export const GET: APIRoute = async ({ request }) =>
  cardResponse(defaultOgCard, request, allOgCards);
