import { getEntry } from 'astro:content';

/** Whether a post may name this article: it exists and is not a draft. */
export async function isPublishedArticle(slug: string): Promise<boolean> {
  const entry = await getEntry('articles', slug);
  return entry !== undefined && !entry.data.draft;
}
