import { PAGES, articlePath, ogImage } from '../paths';
import { SCHEMA_CONTEXT, agent, organization, type PersonOrOrg, type Publisher } from './common';
import type { CitationSource } from '../citation';
import { isoDay } from '../dates';
import { citationJsonLd } from './citation-jsonld';
import { faqJsonLd, type FaqInput } from './faq';

export interface ArticleInput {
  url: string;
  title: string;
  description: string;
  image: string;
  published: Date;
  updated?: Date | undefined;
  author: PersonOrOrg;
  reviewer?: PersonOrOrg | undefined;
  publisher: Publisher;
  citations: CitationSource[];
  wordCount?: number;
}

/** An Article, wrapped in a WebPage that carries the reviewer (schema.org puts reviewedBy on WebPage). */
export function articleJsonLd(a: ArticleInput): Record<string, unknown> {
  const article = {
    '@type': 'Article',
    '@id': `${a.url}#article`,
    headline: a.title,
    description: a.description,
    image: a.image,
    datePublished: isoDay(a.published),
    dateModified: isoDay(a.updated ?? a.published),
    author: agent(a.author),
    publisher: organization(a.publisher),
    mainEntityOfPage: a.url,
    ...(a.wordCount ? { wordCount: a.wordCount } : {}),
    ...(a.citations.length ? { citation: a.citations.map(citationJsonLd) } : {}),
  };
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'WebPage',
    '@id': a.url,
    url: a.url,
    name: a.title,
    ...(a.reviewer
      ? { reviewedBy: agent(a.reviewer), lastReviewed: isoDay(a.updated ?? a.published) }
      : {}),
    mainEntity: article,
  };
}

/** What an article page's structured data is made from. */
export interface ArticlePageInput {
  slug: string;
  title: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  author: PersonOrOrg;
  reviewer?: PersonOrOrg | undefined;
  citations: CitationSource[];
  faq: FaqInput[];
  siteName: string;
  /** The public origin (`Astro.site`). */
  site: URL | undefined;
}

/** The structured data of an article page: the article with its citations, and its FAQ if it has one. */
export function articlePageJsonLd(p: ArticlePageInput): Record<string, unknown>[] {
  const abs = (path: string) => new URL(path, p.site).href;
  const nodes = [
    articleJsonLd({
      url: abs(articlePath(p.slug)),
      title: p.title,
      description: p.description,
      image: abs(ogImage.article(p.slug)),
      published: p.published,
      updated: p.updated,
      author: p.author,
      reviewer: p.reviewer,
      publisher: { name: p.siteName, url: abs(PAGES.home) },
      citations: p.citations,
    }),
  ];
  if (p.faq.length > 0) nodes.push(faqJsonLd(p.faq));
  return nodes;
}
