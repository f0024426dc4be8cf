/**
 * What the site itself says, as a relevance set must not copy it: article titles and headings, FAQ
 * questions, quiz and topic titles. Also the places a question may point at, to catch a set that
 * names an answer that no longer exists before anything is built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Frontmatter {
  title: string;
  topic: string;
  faq?: { id: string; question: string; alsoAsked?: string[] }[];
}

export interface SiteArticle {
  slug: string;
  topic: string;
  title: string;
  headings: string[];
  faq: { id: string; question: string; alsoAsked?: string[] }[];
}

export interface SiteWording {
  articles: SiteArticle[];
  quizzes: { slug: string; title: string }[];
  topics: { id: string; title: string }[];
}

const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml'));

function article(dir: string, file: string): SiteArticle {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const [, front = '', body = ''] = text.split(/^---\s*$/m);
  const data = parse(front) as Frontmatter;
  return {
    slug: file.replace(/\.mdx?$/, ''),
    topic: data.topic,
    title: data.title,
    headings: [...body.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1] ?? ''),
    faq: data.faq ?? [],
  };
}

export function readSiteWording(contentDir = 'content'): SiteWording {
  const articles = path.join(contentDir, 'articles');
  const read = (dir: string) =>
    yamlFiles(path.join(contentDir, dir)).map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      title: (parse(readFileSync(path.join(contentDir, dir, f), 'utf8')) as { title: string })
        .title,
    }));
  return {
    articles: readdirSync(articles)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => article(articles, f)),
    quizzes: read('quizzes').map(({ id, title }) => ({ slug: id, title })),
    topics: read('topics'),
  };
}

/**
 * Every sentence a reader could copy from the site's titles, headings and FAQ questions, and the
 * editors' other phrasings of those questions (a relevance set that copied them would measure
 * nothing).
 */
export function siteSentences(site: SiteWording): string[] {
  return [
    ...site.articles.flatMap((a) => [
      a.title,
      ...a.headings,
      ...a.faq.flatMap((f) => [f.question, ...(f.alsoAsked ?? [])]),
    ]),
    ...site.quizzes.map((q) => q.title),
    ...site.topics.map((t) => t.title),
  ];
}

/** Whether a place (`/advice/<slug>/#faq-<id>`, `/quizzes/<slug>/`, `/<page>/`) exists in the sources. */
export function placeExists(site: SiteWording, place: string, pagesDir = 'src/pages'): boolean {
  const advice = /^\/advice\/([a-z0-9-]+)\/(?:#faq-([a-z0-9-]+))?$/.exec(place);
  if (advice) {
    const a = site.articles.find((x) => x.slug === advice[1]);
    return (
      Boolean(a) && (advice[2] === undefined || Boolean(a?.faq.some((f) => f.id === advice[2])))
    );
  }
  const quiz = /^\/quizzes\/([a-z0-9-]+)\/$/.exec(place);
  if (quiz) return site.quizzes.some((q) => q.slug === quiz[1]);
  const page = /^\/([a-z0-9-]+)\/$/.exec(place);
  return page !== null && existsSync(path.join(pagesDir, `${page[1]}.astro`));
}
