// The site's articles folder as a collection, with no schema: the bare build only compiles and
// renders the MDX (CONTENT_DIR points it at the benchmark's corpus).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const contentRoot = process.env.CONTENT_DIR || '../../../content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: `${contentRoot}/articles` }),
  }),
};
