// Reads the content folder the way the build does (same YAML parser, same schemas), without Astro,
// so that the content lint runs in a second. Rules import what they need from here.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../../../src/schemas/article';
import { quizSchema } from '../../../src/schemas/quiz';

// js-yaml is what Astro's own loader reads YAML with; it ships without types, hence require.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

/** The content folder under test: `content/` unless CONTENT_DIR points elsewhere. */
export const contentDir = process.env.CONTENT_DIR || 'content';

/** Every file of a collection folder with one of the extensions, sorted, as "folder/name". */
export function filesOf(collection: string, extensions: string[]): string[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir)
    .filter((f) => !f.startsWith('_') && extensions.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => join(dir, f));
}

/** Parses a YAML file of a data collection (quizzes, topics, help lines…). */
export const readYaml = (file: string): unknown => yaml.load(readFileSync(file, 'utf8'));

const articles = articleSchema({
  topic: z.string(),
  author: z.string(),
  quiz: z.string(),
  image: z.string(),
});
export type ArticleData = z.infer<typeof articles>;

export interface ArticleFile {
  slug: string;
  file: string;
  /** The frontmatter exactly as written, before the schema. */
  raw: unknown;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Why the file could not be read (bad YAML, no frontmatter), if it could not. */
  unreadable?: string;
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('has no frontmatter between --- lines');
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Reads every article; one that cannot be read keeps the reason, so its own test names the file. */
export function readArticleFiles(): ArticleFile[] {
  return filesOf('articles', ['.mdx']).map((file) => {
    const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    try {
      const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
      return { slug, file, raw: yaml.load(frontmatter), body };
    } catch (error) {
      return { slug, file, raw: undefined, body: '', unreadable: String(error) };
    }
  });
}

/** Schema problems of one article, each as "field.path: message". */
export function articleProblems(article: ArticleFile): string[] {
  if (article.unreadable) return [`frontmatter: ${article.unreadable}`];
  const r = articles.safeParse(article.raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

export interface Article extends ArticleFile {
  data: ArticleData;
}

/** Articles whose frontmatter passes the schema (the others fail `sources.test.ts`). */
export function readArticles(): Article[] {
  return readArticleFiles().flatMap((a) => {
    const r = articles.safeParse(a.raw);
    return r.success ? [{ ...a, data: r.data }] : [];
  });
}

const quizzes = quizSchema({ article: z.string() });

export function readQuizzes() {
  return filesOf('quizzes', ['.yaml', '.yml']).map((file) => ({
    file,
    data: quizzes.parse(readYaml(file)),
  }));
}
