import type { APIRoute } from 'astro';
import { keyCards, ogPng, pngResponse } from './_image';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const [card] = await keyCards([
    {
      title: site.tagline,
      kicker: 'Relationship advice',
      footer: 'Sourced · Private · Accessible',
    },
  ]);
  if (!card) throw new Error('the default OG card has no key');
  return pngResponse(await ogPng(card));
};
