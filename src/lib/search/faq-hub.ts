/** Groups every FAQ answer of the site by topic for the `/faq/` hub. Pure, unit-tested. */

export interface HubTopic {
  id: string;
  title: string;
}

export interface HubFaqInput {
  id: string;
  question: string;
  answer: string;
  /** Article slug. */
  article: string;
  /** Topic slug. */
  topic: string;
  /** `/advice/<slug>/#faq-<id>`: opens the answer on its article. */
  href: string;
}

export interface HubItem extends HubFaqInput {
  /** Anchor of this answer on the hub; article slug and id joined by `--`, which slugs never contain. */
  anchor: string;
  articleTitle: string;
}

export interface HubGroup {
  id: string;
  title: string;
  anchor: string;
  items: HubItem[];
}

/**
 * One group per topic that has answers, in the topics' order; inside a group, answers keep their
 * article's order and the editor's order. An answer whose topic is unknown is an error, not dropped.
 */
export function groupFaqByTopic(
  topics: HubTopic[],
  articles: { title: string; faq: HubFaqInput[] }[],
): HubGroup[] {
  const groups = new Map<string, HubGroup>(
    topics.map((t) => [t.id, { id: t.id, title: t.title, anchor: `topic-${t.id}`, items: [] }]),
  );
  for (const a of articles) {
    for (const f of a.faq) {
      const group = groups.get(f.topic);
      if (!group)
        throw new Error(
          `FAQ hub: answer "${f.id}" of "${f.article}" has unknown topic "${f.topic}"`,
        );
      group.items.push({ ...f, anchor: `${f.article}--${f.id}`, articleTitle: a.title });
    }
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}
