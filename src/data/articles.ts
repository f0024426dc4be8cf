import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readingMinutes, countWords } from '../lib/reading-time';
import { brokenReferences, type ReferenceUse } from '../lib/content-refs';

export type ArticleEntry = CollectionEntry<'articles'>;

/** An article with the fields lists and pages need, computed once. */
export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  topic: string;
  published: Date;
  updated: Date | undefined;
  minutes: number;
  words: number;
  href: string;
  entry: ArticleEntry;
}

function summarise(entry: ArticleEntry): ArticleSummary {
  const body = entry.body ?? '';
  return {
    slug: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    topic: entry.data.topic.id,
    published: entry.data.published,
    updated: entry.data.updated,
    minutes: readingMinutes(body),
    words: countWords(body),
    href: `/advice/${entry.id}/`,
    entry,
  };
}

function referencesOf(entry: ArticleEntry): ReferenceUse[] {
  const file = entry.filePath ?? `articles/${entry.id}`;
  const { topic, author, reviewer, quizzes } = entry.data;
  return [
    { file, field: 'topic', collection: 'topics', id: topic.id },
    { file, field: 'author', collection: 'authors', id: author.id },
    ...(reviewer ? [{ file, field: 'reviewer', collection: 'authors', id: reviewer.id }] : []),
    ...quizzes.map((q, i) => ({ file, field: `quizzes[${i}]`, collection: 'quizzes', id: q.id })),
  ];
}

let checked: Promise<void> | undefined;

/** Fails the build, naming file and field, when an article refers to an author, topic or quiz that does not exist. */
function checkReferences(entries: ArticleEntry[]): Promise<void> {
  checked ??= (async () => {
    const ids = async (c: 'authors' | 'topics' | 'quizzes') => new Set((await getCollection(c)).map((e) => e.id));
    const known = { authors: await ids('authors'), topics: await ids('topics'), quizzes: await ids('quizzes') };
    const problems = brokenReferences(entries.flatMap(referencesOf), known);
    if (problems.length > 0) throw new Error(`Broken content references:\n${problems.join('\n')}`);
  })();
  return checked;
}

/** Every article that is not a draft, newest first. Drafts are still built in dev so editors can preview them. */
export async function getArticles(): Promise<ArticleSummary[]> {
  const entries = await getCollection('articles', (e) => import.meta.env.DEV || !e.data.draft);
  await checkReferences(await getCollection('articles'));
  return entries
    .map(summarise)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug));
}

/** The topic entries, in navigation order. */
export async function getTopics() {
  const topics = await getCollection('topics');
  return topics.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Resolves an author reference, failing loudly if it points nowhere. */
export async function getAuthor(id: string) {
  const author = await getEntry('authors', id);
  if (!author) throw new Error(`Unknown author "${id}"`);
  return author;
}
