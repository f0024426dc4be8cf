import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/content');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const temps: string[] = [];

/**
 * Copies the site's code and the fixture content into a throw-away project (its own .astro caches,
 * so the real build is never disturbed), lets the test break one file, and builds it.
 */
function buildBroken(edit: (contentDir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'closer-bad-'));
  temps.push(dir);
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  edit(join(dir, 'content'));
  const run = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: dir,
    env: { ...process.env, CONTENT_DIR: '', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function replaceIn(file: string, from: string | RegExp, to: string) {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, after);
}

afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

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
