import { z } from 'astro/zod';
import { text } from './fields';

/** A topic groups articles (`content/topics/<slug>.yaml`; the file name is the URL slug). */
export const topicSchema = z.object({
  /** Name shown in navigation and headings. */
  title: text(60),
  /** One or two sentences for the topic page and its meta description (70 to 160 characters). */
  description: z.string().trim().min(70).max(160),
  /** A short paragraph under the description on the topic page, for a topic that needs more words. */
  intro: text(600).optional(),
  /**
   * Put the help lines first on the topic page: for topics about fear, harm or control, where
   * safety comes before any advice.
   */
  helpFirst: z.boolean().default(false),
  /** Position in navigation, lowest first. */
  order: z.number().int().default(100),
});
