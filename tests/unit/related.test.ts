import { describe, expect, it } from 'vitest';
import { chooseRecent, chooseRelated } from '../../src/lib/related';

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

describe('related articles', () => {
  it('puts the same topic first, newest first, then the rest', () => {
    const current = a('x', 'trust', 1);
    expect(chooseRelated(current, all, 4).map((r) => r.slug)).toEqual(['v', 'z', 'w', 'y']);
  });

  it('never suggests the article itself and respects the limit', () => {
    const result = chooseRelated(a('y', 'intimacy', 2), all, 2);
    expect(result.map((r) => r.slug)).toEqual(['w', 'v']);
  });

  it('breaks date ties by slug so builds are repeatable', () => {
    const tie = [a('b', 't', 1), a('a', 't', 1), a('c', 't', 1)];
    expect(chooseRelated(a('q', 't', 9), tie).map((r) => r.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('recent articles', () => {
  it('lists the newest, excluding the current one', () => {
    expect(chooseRecent(all, 'v', 2).map((r) => r.slug)).toEqual(['w', 'z']);
    expect(chooseRecent(all, undefined, 1).map((r) => r.slug)).toEqual(['v']);
  });
});
