import { describe, expect, it } from 'vitest';
import { brokenReferences } from '../../src/lib/content-refs';

describe('content references', () => {
  const known = { authors: new Set(['editorial-team']), quizzes: new Set(['closeness', 'trust']) };

  it('reports nothing when every reference resolves', () => {
    expect(
      brokenReferences(
        [{ file: 'a.mdx', field: 'author', collection: 'authors', id: 'editorial-team' }],
        known,
      ),
    ).toEqual([]);
  });

  it('names the file, field and missing id, and lists what exists', () => {
    const out = brokenReferences(
      [
        {
          file: 'content/articles/a.mdx',
          field: 'quizzes[1]',
          collection: 'quizzes',
          id: 'closnes',
        },
        { file: 'content/articles/b.mdx', field: 'topic', collection: 'topics', id: 'x' },
      ],
      known,
    );
    expect(out).toEqual([
      'content/articles/a.mdx: "quizzes[1]" refers to "closnes", which is not in content/quizzes/ (known: closeness, trust)',
      'content/articles/b.mdx: "topic" refers to "x", which is not in content/topics/ (known: none)',
    ]);
  });
});
