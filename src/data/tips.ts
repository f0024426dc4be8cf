import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from './once';

export type ReaderTip = CollectionEntry<'tips'>['data'];

// Approved tips by article slug, oldest first (the order they were approved in). Read once: every
// article page asks, and an empty collection warns on each read.
const tipsByArticle = oncePerBuild(async () => {
  const tips = (await getCollection('tips')).map((t) => t.data);
  const byArticle = Map.groupBy(tips, (t) => t.article.id);
  for (const list of byArticle.values()) {
    list.sort((a, b) => a.approved.getTime() - b.approved.getTime() || a.ref.localeCompare(b.ref));
  }
  return byArticle;
});

/** Approved reader tips for one article, oldest first. */
export async function readerTips(article: string): Promise<ReaderTip[]> {
  return (await tipsByArticle()).get(article) ?? [];
}
