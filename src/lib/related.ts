export interface RelatedCandidate {
  slug: string;
  topic: string;
  published: Date;
}

/** What an article suggests after itself. */
export interface Neighbours<T> {
  /** Same topic first, then the others, each group newest first. */
  related: T[];
  /** The newest articles that are neither this one nor among its related ones. */
  recent: T[];
}

/** Newest first; ties broken by slug so that every build gives the same lists. */
export const newestFirst = (a: RelatedCandidate, b: RelatedCandidate) =>
  b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);

/** The first `n` items of `list` that `keep` accepts, without looking further than needed. */
function firstMatching<T>(list: readonly T[], n: number, keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of list) {
    if (out.length >= n) break;
    if (keep(item)) out.push(item);
  }
  return out;
}

/**
 * Related and recent articles of every article, by slug, in one pass: one sort, one grouping by
 * topic, then a few steps per article (a topic with too few articles to fill the related list has
 * at most `related` entries to skip). Built once per build instead of sorting the whole catalogue
 * on every page.
 */
export function relatedIndex<T extends RelatedCandidate>(
  all: readonly T[],
  limits: { related: number; recent: number },
): Map<string, Neighbours<T>> {
  const sorted = [...all].sort(newestFirst);
  const byTopic = Map.groupBy(sorted, (a) => a.topic);
  const index = new Map<string, Neighbours<T>>();
  for (const current of sorted) {
    const others = (a: T) => a.slug !== current.slug;
    const related = firstMatching(byTopic.get(current.topic) ?? [], limits.related, others);
    if (related.length < limits.related) {
      const otherTopics = (a: T) => a.topic !== current.topic;
      related.push(...firstMatching(sorted, limits.related - related.length, otherTopics));
    }
    const recent = firstMatching(sorted, limits.recent, (a) => others(a) && !related.includes(a));
    index.set(current.slug, { related, recent });
  }
  return index;
}
