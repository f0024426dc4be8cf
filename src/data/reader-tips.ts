import { getCollection, type CollectionEntry } from 'astro:content';

export type ReaderTip = CollectionEntry<'tips'>['data'];

/** Approved reader tips for one article, oldest first (the order they were approved in). */
export async function readerTips(article: string): Promise<ReaderTip[]> {
  const tips = await getCollection('tips', (t) => t.data.article.id === article);
  return tips
    .map((t) => t.data)
    .sort((a, b) => a.approved.getTime() - b.approved.getTime() || a.ref.localeCompare(b.ref));
}
