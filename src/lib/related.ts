export interface RelatedCandidate {
  slug: string;
  topic: string;
  published: Date;
}

/**
 * Chooses articles to suggest after `current`: same topic first, then the others, each group newest
 * first; ties broken by slug so that every build gives the same list.
 */
export function chooseRelated<T extends RelatedCandidate>(
  current: RelatedCandidate,
  all: T[],
  limit = 3,
): T[] {
  const byDate = (a: T, b: T) =>
    b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);
  const others = all.filter((a) => a.slug !== current.slug);
  const same = others.filter((a) => a.topic === current.topic).sort(byDate);
  const rest = others.filter((a) => a.topic !== current.topic).sort(byDate);
  return [...same, ...rest].slice(0, limit);
}

/** The newest articles, excluding one slug (the page being read). */
export function chooseRecent<T extends RelatedCandidate>(
  all: T[],
  exclude: string | undefined,
  limit = 4,
): T[] {
  return all
    .filter((a) => a.slug !== exclude)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}
