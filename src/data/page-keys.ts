import { getCollection } from 'astro:content';
import { sha256 } from '../lib/hash';
import { articleNeighbours, getArticles, type ArticleSummary } from './articles';
import { faqOf } from './faq';
import { readerTips } from './tips';
import { oncePerBuild } from './once';

/**
 * What every page shows from the small collections: topics (navigation, breadcrumbs, footer),
 * authors (bylines), quizzes (related quizzes) and help lines. A change to any of them re-renders
 * every keyed page: they change rarely, and a stale footer is worse than a slower build.
 */
const siteWideKey = oncePerBuild(async () => {
  const collections = ['topics', 'authors', 'quizzes', 'help'] as const;
  const digests = await Promise.all(
    collections.map(async (c) =>
      (await getCollection(c)).map((e) => `${e.id}:${e.digest ?? JSON.stringify(e.data)}`).sort(),
    ),
  );
  return sha256(JSON.stringify(digests));
});

/** An article's own file as the build read it (frontmatter and body). */
const digestOf = (a: ArticleSummary) => a.entry.digest ?? JSON.stringify([a.entry.data, a.entry.body]);

/** The key of one article page: everything it renders that is not code. */
async function articleKey(article: ArticleSummary, siteWide: string): Promise<string> {
  const [{ related, recent }, faq, tips] = await Promise.all([
    articleNeighbours(article.slug),
    faqOf(article.slug),
    readerTips(article.slug),
  ]);
  return sha256(
    JSON.stringify([
      siteWide,
      digestOf(article),
      // Cards and links of other articles: their own files decide what those show.
      related.map(digestOf),
      recent.map(digestOf),
      faq,
      tips,
    ]),
  );
}

/**
 * The `cacheKey` of every article page, by slug, for Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key and code are unchanged since the last build
 * is copied from that build instead of rendered. The key covers the article's file, the files of
 * the articles it links to (related and recent), its FAQ with answered reader questions, its
 * approved tips, and the site-wide collections; Astro adds the page's code and the article body's
 * compiled module. Computed once per build.
 */
export const articlePageKeys = oncePerBuild(async (): Promise<Map<string, string>> => {
  const [articles, siteWide] = await Promise.all([getArticles(), siteWideKey()]);
  const keys = await Promise.all(articles.map((a) => articleKey(a, siteWide)));
  return new Map(articles.map((a, i) => [a.slug, keys[i] ?? '']));
});
