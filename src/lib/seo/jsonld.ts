// Builders for schema.org JSON-LD. Plain data in, plain objects out: pages serialise them with toJsonLdScript.
import type { CitationSource } from '../citation';
import { citationJsonLd } from './citation-jsonld';

export interface PersonOrOrg {
  name: string;
  kind: 'Person' | 'Organization';
  url?: string | undefined;
  credentials?: string | undefined;
}

export interface ArticleInput {
  url: string;
  title: string;
  description: string;
  image: string;
  published: Date;
  updated?: Date | undefined;
  author: PersonOrOrg;
  reviewer?: PersonOrOrg | undefined;
  publisher: { name: string; url: string };
  citations: CitationSource[];
  wordCount?: number;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function agent(p: PersonOrOrg) {
  return {
    '@type': p.kind,
    name: p.name,
    ...(p.url ? { url: p.url } : {}),
    ...(p.credentials ? { honorificSuffix: p.credentials } : {}),
  };
}

/** An Article, wrapped in a WebPage that carries the reviewer (schema.org puts reviewedBy on WebPage). */
export function articleJsonLd(a: ArticleInput): Record<string, unknown> {
  const article = {
    '@type': 'Article',
    '@id': `${a.url}#article`,
    headline: a.title,
    description: a.description,
    image: a.image,
    datePublished: isoDate(a.published),
    dateModified: isoDate(a.updated ?? a.published),
    author: agent(a.author),
    publisher: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
    mainEntityOfPage: a.url,
    ...(a.wordCount ? { wordCount: a.wordCount } : {}),
    ...(a.citations.length ? { citation: a.citations.map(citationJsonLd) } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': a.url,
    url: a.url,
    name: a.title,
    ...(a.reviewer
      ? { reviewedBy: agent(a.reviewer), lastReviewed: isoDate(a.updated ?? a.published) }
      : {}),
    mainEntity: article,
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL of the crumb. */
  url: string;
}

export function breadcrumbJsonLd(crumbs: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}

export interface FaqInput {
  question: string;
  answer: string;
}

export function faqJsonLd(entries: FaqInput[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
}

/**
 * Serialises JSON-LD for a <script> element. `<` is escaped so that no text in the data
 * (a question, a title) can close the script element.
 */
export function toJsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
