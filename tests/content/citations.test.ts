// Rule: every <Cite id> points at a source of its article, and every source is cited in the body.
import { describe, expect, it } from 'vitest';
import { readArticles } from './support/load';
import { citedIds } from './support/text';

describe.each(readArticles())('$file', ({ body, data }) => {
  const cited = new Set(citedIds(body));
  const listed = data.sources.map((s) => s.id);

  it('cites only sources it lists', () => {
    expect([...cited].filter((id) => !listed.includes(id))).toEqual([]);
  });

  it('cites every source it lists at least once', () => {
    expect(listed.filter((id) => !cited.has(id))).toEqual([]);
  });
});
