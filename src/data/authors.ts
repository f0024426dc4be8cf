import { getCollection } from 'astro:content';
import type { Author } from '../schemas/author';
import { oncePerBuild } from './once';

export type { Author };

const authorsBySlug = oncePerBuild(
  async () => new Map((await getCollection('authors')).map((a) => [a.id, a.data])),
);

/** The slugs of every author, for reference checks. */
export async function authorSlugs(): Promise<Set<string>> {
  return new Set((await authorsBySlug()).keys());
}

/** Resolves an author reference, failing loudly if it points nowhere. */
export async function getAuthor(slug: string): Promise<Author> {
  const author = (await authorsBySlug()).get(slug);
  if (!author) throw new Error(`Unknown author "${slug}"`);
  return author;
}
