import { getCollection, type CollectionEntry } from 'astro:content';

export type ReaderTip = CollectionEntry<'tips'>['data'];

// Read once per build: every article page asks, and an empty collection warns on each read.
let all: Promise<CollectionEntry<'tips'>[]> | undefined;

/** Approved reader tips for one article, oldest first (the order they were approved in). */
export async function readerTips(article: string): Promise<ReaderTip[]> {
  all ??= getCollection('tips');
  const tips = (await all).filter((t) => t.data.article.id === article);
  return tips
    .map((t) => t.data)
    .sort((a, b) => a.approved.getTime() - b.approved.getTime() || a.ref.localeCompare(b.ref));
}
