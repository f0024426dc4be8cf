import { getCollection } from 'astro:content';
import { topicPath } from '../lib/paths';
import { oncePerBuild } from './once';

/** A topic with the fields navigation, lists and cards need. */
export interface TopicSummary {
  slug: string;
  title: string;
  description: string;
  /** Optional paragraph for the topic page. */
  intro: string | undefined;
  /** The topic page leads with where to get help. */
  helpFirst: boolean;
  href: string;
}

/** The topics, in navigation order (then by title, so the order is stable). */
export const getTopics = oncePerBuild(async (): Promise<TopicSummary[]> => {
  const topics = await getCollection('topics');
  return topics
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((t) => ({
      slug: t.id,
      title: t.data.title,
      description: t.data.description,
      intro: t.data.intro,
      helpFirst: t.data.helpFirst,
      href: topicPath(t.id),
    }));
});

/** One topic by slug; an unknown slug fails the build with the known ones named. */
export async function getTopic(slug: string): Promise<TopicSummary> {
  const topics = await getTopics();
  const topic = topics.find((t) => t.slug === slug);
  if (!topic) {
    throw new Error(`Unknown topic "${slug}" (known: ${topics.map((t) => t.slug).join(', ')})`);
  }
  return topic;
}
