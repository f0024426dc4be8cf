import { getCollection, type CollectionEntry } from 'astro:content';
import { byArticle } from './by-article';
import { oncePerBuild } from './once';

export type ReaderTip = CollectionEntry<'tips'>['data'];

// Approved tips by article slug, oldest first (the order they were approved in). Read once: every
// article page asks, and an empty collection warns on each read.
const tipsByArticle = oncePerBuild(async () => {
  const tips = (await getCollection('tips')).map((t) => t.data);
  return byArticle(tips, (t) => t.approved);
});

/** Approved reader tips for one article, oldest first. */
export async function readerTips(article: string): Promise<ReaderTip[]> {
  return (await tipsByArticle()).get(article) ?? [];
}
