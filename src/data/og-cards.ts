// What each Open Graph card shows, looked up by its URL's parameters. The cards are drawn on demand
// by the server (src/pages/og/), so these read only what the on-demand bundle keeps of the content
// (ON_DEMAND_CONTENT in src/integrations/on-demand-store.ts): an article's title, topic and draft
// flag, the topics, and each quiz's titles and bands. An unknown or draft slug has no card.
import { getCollection } from 'astro:content';
import { site } from '../config/site';
import type { OgCard } from '../lib/og/card';
import { oncePerBuild } from './once';

/** The card of pages without one of their own (the home page, lists, forms). */
export const defaultOgCard: OgCard = {
  title: site.tagline,
  kicker: 'Relationship advice',
  footer: 'Sourced · Private · Accessible',
};

// Looked up in maps made once (per server process) rather than with getEntry, which logs a
// warning for every unknown slug: any URL a crawler or a scanner invents would reach the log.
const articleCards = oncePerBuild(async () => {
  const topics = new Map((await getCollection('topics')).map((t) => [t.id, t.data.title]));
  // Drafts have a card in dev, as they have a page there.
  const articles = await getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft);
  return new Map<string, OgCard>(
    articles.map((a) => [
      a.id,
      { title: a.data.title, kicker: topics.get(a.data.topic.id), footer: site.name },
    ]),
  );
});

const quizzes = oncePerBuild(async () => new Map((await getCollection('quizzes')).map((q) => [q.id, q])));

export async function articleOgCard(slug: string): Promise<OgCard | undefined> {
  return (await articleCards()).get(slug);
}

export async function quizOgCard(slug: string): Promise<OgCard | undefined> {
  const quiz = (await quizzes()).get(slug);
  return quiz && { title: quiz.data.title, kicker: 'Private quiz', footer: site.name };
}

/** What a shared result link shows in previews: the band's title and the gauge, never any scores. */
export async function quizResultOgCard(slug: string, bandId: string): Promise<OgCard | undefined> {
  const quiz = (await quizzes()).get(slug);
  const bands = quiz?.data.bands ?? [];
  const current = bands.findIndex((b) => b.id === bandId);
  const band = bands[current];
  if (!quiz || !band) return undefined;
  return {
    title: band.title,
    kicker: `${quiz.data.shortTitle} quiz result`,
    footer: `${site.name} · take the private quiz yourself`,
    band: { bands: bands.map(({ min, max }) => ({ min, max })), current },
  };
}

/** Every card a page of this build can name: the default, each article's, each quiz's and each result's. */
export async function allOgCards(): Promise<OgCard[]> {
  const cards: (OgCard | undefined)[] = [defaultOgCard, ...(await articleCards()).values()];
  for (const [slug, quiz] of await quizzes()) {
    cards.push(await quizOgCard(slug));
    for (const band of quiz.data.bands) cards.push(await quizResultOgCard(slug, band.id));
  }
  return cards.filter((card) => card !== undefined);
}
