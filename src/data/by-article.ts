/** What reader contributions share: the article they belong to and their reference code. */
interface ReaderItem {
  article: { id: string };
  ref: string;
}

/**
 * Reader contributions (approved tips, answered questions) by article slug, each list in the order
 * of `when` (oldest first), ties broken by reference code so every build gives the same order.
 */
export function byArticle<T extends ReaderItem>(items: T[], when: (item: T) => Date) {
  const grouped = Map.groupBy(items, (item) => item.article.id);
  for (const list of grouped.values()) {
    list.sort((a, b) => when(a).getTime() - when(b).getTime() || a.ref.localeCompare(b.ref));
  }
  return grouped;
}
