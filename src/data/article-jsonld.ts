import { articleJsonLd, faqJsonLd } from '../lib/seo/jsonld';
import type { Author } from '../schemas/author';
import type { ArticleSummary } from './articles';
import type { SiteFaq } from './faq';
import { site } from '../config/site';

interface Input {
  article: ArticleSummary;
  author: Author;
  reviewer?: Author | undefined;
  faq: SiteFaq[];
  site: URL | undefined;
}

/** The structured data of an article page: the article with its citations, and its FAQ. */
export function articlePageJsonLd({ article, author, reviewer, faq, site: origin }: Input): object[] {
  const abs = (path: string) => new URL(path, origin).href;
  const { data } = article.entry;
  const nodes: object[] = [
    articleJsonLd({
      url: abs(article.href),
      title: data.title,
      description: data.description,
      image: abs(`/og/advice/${article.slug}.png`),
      published: data.published,
      updated: data.updated,
      author,
      reviewer,
      publisher: { name: site.name, url: abs('/') },
      citations: data.sources,
    }),
  ];
  if (faq.length > 0) nodes.push(faqJsonLd(faq));
  return nodes;
}
