import { describe, expect, it } from 'vitest';
import { newestFirst, relatedIndex, type RelatedCandidate } from '../../src/lib/related';

const a = (slug: string, topic: string, day: number) => ({
  slug,
  topic,
  published: new Date(Date.UTC(2026, 0, day)),
});
const all = [
  a('x', 'trust', 1),
  a('y', 'intimacy', 2),
  a('z', 'trust', 3),
  a('w', 'intimacy', 4),
  a('v', 'trust', 5),
];
const slugs = (list: RelatedCandidate[] | undefined) => list?.map((r) => r.slug);

describe('related articles', () => {
  it('puts the same topic first, newest first, then the rest', () => {
    const index = relatedIndex(all, { related: 4, recent: 0 });
    expect(slugs(index.get('x')?.related)).toEqual(['v', 'z', 'w', 'y']);
  });

  it('never suggests the article itself and respects the limit', () => {
    const index = relatedIndex(all, { related: 2, recent: 0 });
    expect(slugs(index.get('y')?.related)).toEqual(['w', 'v']);
  });

  it('breaks date ties by slug so builds are repeatable', () => {
    const tie = [a('b', 't', 1), a('a', 't', 1), a('c', 't', 1), a('q', 't', 9)];
    expect(slugs(relatedIndex(tie, { related: 3, recent: 0 }).get('q')?.related)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('recent articles', () => {
  it('lists the newest that are neither the article nor among its related ones', () => {
    const index = relatedIndex(all, { related: 1, recent: 2 });
    // v's related article is z (same topic), so recent skips v itself and z.
    expect(slugs(index.get('v')?.related)).toEqual(['z']);
    expect(slugs(index.get('v')?.recent)).toEqual(['w', 'y']);
  });
});

describe('the index over a larger catalogue', () => {
  // The straightforward definition, sorting the whole list for every article.
  function oracle(current: RelatedCandidate, list: RelatedCandidate[], limit: number) {
    const others = list.filter((o) => o.slug !== current.slug);
    const same = others.filter((o) => o.topic === current.topic).sort(newestFirst);
    const rest = others.filter((o) => o.topic !== current.topic).sort(newestFirst);
    const related = [...same, ...rest].slice(0, limit);
    const recent = others
      .filter((o) => !related.includes(o))
      .sort(newestFirst)
      .slice(0, limit);
    return { related: slugs(related), recent: slugs(recent) };
  }

  it('gives every article what sorting the whole list for it would give', () => {
    // A fixed pseudo-random catalogue: uneven topics (one with a single article), shared dates.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const topics = ['a', 'b', 'b', 'c', 'c', 'c', 'd'];
    const list = Array.from({ length: 120 }, (_, i) =>
      a(`s${String(i)}`, topics[next() % topics.length] ?? 'a', 1 + (next() % 40)),
    );
    list.push(a('lonely', 'e', 3));
    const index = relatedIndex(list, { related: 3, recent: 3 });
    for (const current of list) {
      const got = index.get(current.slug);
      expect({ related: slugs(got?.related), recent: slugs(got?.recent) }).toEqual(
        oracle(current, list, 3),
      );
    }
  });
});
