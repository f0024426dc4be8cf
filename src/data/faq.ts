import type { ArticleEntry } from './articles';
import type { FaqEntry } from '../schemas/faq';
import { readerFaq } from './reader-questions';

/** One FAQ answer with where it lives. The article page, JSON-LD, the FAQ hub and search all read this. */
export interface SiteFaq extends FaqEntry {
  article: string;
  topic: string;
  /** Link that opens this answer on its article. */
  href: string;
}

/** The FAQ entries of one article, in the order the editor gave. */
export function articleFaq(entry: ArticleEntry): SiteFaq[] {
  return entry.data.faq.map((f) => ({
    ...f,
    article: entry.id,
    topic: entry.data.topic.id,
    href: `/advice/${entry.id}/#faq-${f.id}`,
  }));
}

/** The article's FAQ followed by the reader questions our editors answered (content/questions). */
export async function articleFaqWithReaders(entry: ArticleEntry): Promise<SiteFaq[]> {
  return [...articleFaq(entry), ...(await readerFaq(entry.id, entry.data.topic.id))];
}
