// @ts-check
// The yardstick of the scale benchmark (scripts/bench/scale.mjs): Astro and MDX building the same
// articles with nothing of ours around them (no layout, no images, no search, no adapter).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The benchmark gives each run its own cache so that "cold" and "rebuilt" mean what they say.
  ...(process.env.ASTRO_CACHE_DIR
    ? {
        cacheDir: process.env.ASTRO_CACHE_DIR,
        vite: { cacheDir: `${process.env.ASTRO_CACHE_DIR}/vite` },
      }
    : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
});
