import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, copySite, removeCopies, replaceIn } from './support/site-copy';

/** Builds a copy of the site with the fixture content after `edit` broke one file. */
function buildBroken(edit: (contentDir: string) => void) {
  const { dir, content } = copySite();
  edit(content);
  return buildSite(dir);
}

afterEach(removeCopies);

describe('a bad article fails the build with a message naming file and field', () => {
  it('reports an invalid frontmatter field', () => {
    const { status, output } = buildBroken((c) =>
      replaceIn(
        join(c, 'articles/second-sample.mdx'),
        /^published: .*$/m,
        'published: next tuesday',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('second-sample');
    expect(output).toMatch(/published\W+.*must be a date written as YYYY-MM-DD/);
  }, 120_000);

  it('reports a reference to a quiz that does not exist', () => {
    const { status, output } = buildBroken((c) =>
      replaceIn(
        join(c, 'articles/sample-closeness.mdx'),
        'quizzes: [closeness]',
        'quizzes: [closeness, no-such-quiz]',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'articles/sample-closeness.mdx: "quizzes[1]" refers to "no-such-quiz"',
    );
  }, 120_000);

  it('reports a source a reader could not find, naming the file and the source', () => {
    const { status, output } = buildBroken((c) =>
      replaceIn(join(c, 'articles/sample-closeness.mdx'), /^ {4}doi: 10\.1000\/fixture\.1\n/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('sample-closeness');
    expect(output).toContain(
      'source "first-source" has no DOI, URL, ISBN, or publisher with place',
    );
  }, 120_000);

  it('reports an image file that does not exist, naming the article and the path', () => {
    const { status, output } = buildBroken((c) =>
      replaceIn(
        join(c, 'articles/with-own-image.mdx'),
        './images/two-circles-1600.png',
        './images/no-such-image.png',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /articles\/with-own-image\.mdx: "image\.src" names \.\/images\/no-such-image\.png, which does not exist/,
    );
  }, 120_000);

  it('reports an update without its one-line change note', () => {
    const { status, output } = buildBroken((c) =>
      replaceIn(join(c, 'articles/sample-closeness.mdx'), /^changes: .*\n/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('sample-closeness');
    expect(output).toMatch(/changes\W+.*is required when "updated" is set/);
  }, 120_000);

  it('reports a citation of a source the article does not list', () => {
    const { status, output } = buildBroken((c) =>
      replaceIn(
        join(c, 'articles/sample-closeness.mdx'),
        '<Cite id="second-source" />',
        '<Cite id="missing" />',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'article "sample-closeness" cites "missing", which is not in its sources',
    );
  }, 120_000);
});
