import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The ids a content file written by moderation may refer to. */
export interface ContentRefs {
  /** Published articles (not drafts), by id as the build knows them. */
  articles: ReadonlySet<string>;
  authors: ReadonlySet<string>;
}

/** Ids of the files under `dir` with one of `extensions`, as Astro's glob loader names them. */
function ids(dir: string, extensions: readonly string[]): { id: string; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((e) => name.endsWith(e)))
    .filter((name) => !name.split(sep).some((part) => part.startsWith('_')))
    .map((name) => ({
      id: relative(dir, join(dir, name))
        .split(sep)
        .join('/')
        .replace(/\.[^.]+$/, ''),
      file: join(dir, name),
    }));
}

const isDraft = (file: string) =>
  /^draft:\s*true\s*$/m.test(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

/**
 * Reads which articles and authors exist in `contentDir`, the same folders the build reads, so that
 * the moderation tool can refuse a reference the next build would fail on.
 */
export function readContentRefs(contentDir: string): ContentRefs {
  const articles = ids(join(contentDir, 'articles'), ['.mdx']).filter((a) => !isDraft(a.file));
  const authors = ids(join(contentDir, 'authors'), ['.yaml']);
  return {
    articles: new Set(articles.map((a) => a.id)),
    authors: new Set(authors.map((a) => a.id)),
  };
}
