import type { APIRoute } from 'astro';
import { renderOgPng } from './_render';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const png = await renderOgPng({
    title: site.tagline,
    kicker: 'Relationship advice',
    footer: 'Sourced · Private · Accessible',
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
