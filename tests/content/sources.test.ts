// Rule: every article's frontmatter passes the real schema, so every source is complete (authors,
// year, title, kind and a way to find it) before a build is even tried.
import { describe, expect, it } from 'vitest';
import { articleProblems, readArticleFiles } from './support/load';

describe.each(readArticleFiles())('$file', (article) => {
  it('has complete, findable sources and valid frontmatter', () => {
    expect(articleProblems(article), article.file).toEqual([]);
  });
});
