import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { countWords, minutesForWords } from '../lib/reading-time';
import { brokenReferences, type ReferenceUse } from '../lib/content-refs';
import { articlePath } from '../lib/paths';
import { relatedIndex, type Neighbours } from '../lib/related';
import { oncePerBuild } from './once';

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
  // One pass over the body gives both the word count and the reading time.
  const words = countWords(entry.body ?? '');
  return {
    slug: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    topic: entry.data.topic.id,
    published: entry.data.published,
    updated: entry.data.updated,
    minutes: minutesForWords(words),
    words,
    href: articlePath(entry.id),
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
    ...quizzes.map((q, i) => ({ file, field: `quizzes[${String(i)}]`, collection: 'quizzes', id: q.id })),
  ];
}

/** Fails the build, naming file and field, when an article refers to an author, topic or quiz that does not exist. */
async function checkReferences(entries: ArticleEntry[]): Promise<void> {
  const ids = async (c: 'authors' | 'topics' | 'quizzes') =>
    new Set((await getCollection(c)).map((e) => e.id));
  const known = { authors: await ids('authors'), topics: await ids('topics'), quizzes: await ids('quizzes') };
  const problems = brokenReferences(entries.flatMap(referencesOf), known);
  if (problems.length > 0) throw new Error(`Broken content references:\n${problems.join('\n')}`);
}

const newestFirst = (a: ArticleSummary, b: ArticleSummary) =>
  b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);

/** Every article that is not a draft, newest first. Drafts are still built in dev so editors can preview them. */
export const getArticles = oncePerBuild(async (): Promise<ArticleSummary[]> => {
  const entries = await getCollection('articles');
  await checkReferences(entries);
  return entries
    .filter((e) => import.meta.env.DEV || !e.data.draft)
    .map(summarise)
    .sort(newestFirst);
});

const articlesBySlug = oncePerBuild(
  async () => new Map((await getArticles()).map((a) => [a.slug, a])),
);

/** One published article by slug; an unknown or draft slug fails the build. */
export async function getArticle(slug: string): Promise<ArticleSummary> {
  const article = (await articlesBySlug()).get(slug);
  if (!article) throw new Error(`Unknown or draft article "${slug}"`);
  return article;
}

/** The articles of each topic, newest first, by topic slug. */
export const getArticlesByTopic = oncePerBuild(async () =>
  Map.groupBy(await getArticles(), (a) => a.topic),
);

// Related and recent articles of every article, in one pass over the catalogue.
const neighbours = oncePerBuild(async () =>
  relatedIndex(await getArticles(), { related: 3, recent: 3 }),
);

/** Compiles an article's MDX body: the component to render and its headings (for the contents). */
export const renderArticle = (article: ArticleSummary) => render(article.entry);

/** What an article suggests after itself: related articles (same topic first) and recent ones. */
export async function articleNeighbours(slug: string): Promise<Neighbours<ArticleSummary>> {
  return (await neighbours()).get(slug) ?? { related: [], recent: [] };
}

/**
 * Whether a reader's post may name this article: it exists and is not a draft. Asked at request
 * time by the submission routes, so it reads one entry rather than the catalogue.
 */
export async function isPublishedArticle(slug: string): Promise<boolean> {
  const entry = await getEntry('articles', slug);
  return entry !== undefined && !entry.data.draft;
}

/** Every article as a choice of a form's "Which article" select, by title. */
export const getArticleChoices = oncePerBuild(async () =>
  (await getArticles())
    .map((a) => ({ value: a.slug, label: a.title }))
    .sort((a, b) => a.label.localeCompare(b.label)),
);
