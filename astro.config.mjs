// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import { siteUrl } from './src/config/site-url.mjs';
import pagefind from './src/integrations/pagefind.ts';
import compress from './src/integrations/compress.ts';
import serverBundle from './src/integrations/server-bundle.ts';
import { securityConfig } from './src/config/security.mjs';

/**
 * Astro marks every MDX module that carries styles with a "use astro:head-inject" directive, and
 * the bundler warns about each one, code frame included: 10,000 of a build's 12,000 lines of output
 * at 1,000 articles, burying the warnings that matter. Only that warning is dropped (by a plugin's
 * `onLog`: Astro replaces the build options of its server environments, so `onwarn` never runs).
 * @type {import('vite').Plugin}
 */
const quietHeadInject = {
  name: 'closer:quiet-head-inject',
  onLog(_level, log) {
    return !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'));
  },
};

// The public origin is configurable so the same build works for staging and production.
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  // The scale benchmark gives each run its own caches, so "cold" and "rebuilt" mean what they say.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Our CSS is small; inlining it keeps the first render to one round trip.
    inlineStylesheets: 'always',
    // Pages rendered at once. With one, the build's thread waited on the disk (each page's folder,
    // file and incremental-cache copy) for ~30 % of page generation; four overlap that wait with
    // rendering (1,020 articles: 6.3-7.9 s against 8.9-10.0 s). Eight and sixteen were no faster.
    concurrency: 4,
  },
  // `npm run serve` listens here; PORT lets tests and benchmarks pick another port.
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  // No code blocks on this site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Shorter than data attributes in both the CSS and the markup: every byte counts in the first round trip.
  scopedStyleStrategy: 'class',
  vite: {
    build: {
      // Scripts go to their own cached files instead of being inlined into every page's HTML.
      assetsInlineLimit: 0,
    },
    plugins: [quietHeadInject],
  },
  prefetch: false,
  // Unchanged pages (those whose getStaticPaths gives a cacheKey: articles, OG images) are copied
  // from the previous build instead of rendered again (src/data/page-keys.ts).
  // Not `collectionStorage: 'chunked'`: it spares a rebuild after one approved tip the 6-7 s of
  // compiling the one-file data store again at 10,000 articles, but its content sync took 94-97 s
  // on every build instead of 5-8 s (measured on the same corpus).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // Preact's Vite plugin runs Babel over every .ts/.tsx file it is given; only the islands hold
    // Preact JSX, and parsing the rest cost about 1.5 s of every build.
    preact({ include: ['**/islands/**/*.tsx'] }),
    sitemap({
      // Only pages worth finding: not the 404, the search page, the post-submission thanks page, or
      // the shared-result landing pages (all noindex).
      filter: (page) =>
        !/\/(404|search|thanks)\/?$|\/quizzes\/[^/]+\/result\//.test(new URL(page).pathname),
    }),
    serverBundle(),
    pagefind(),
    // Last: build:done hooks run in this order, so the search index is written before it is compressed.
    compress(),
  ],
  // Pages stay prerendered; only the submission routes and the Open Graph cards (drawn on first
  // request and kept in DATA_DIR) run on demand. staticHeaders makes the node
  // server send each static page's CSP as a header (frame-ancestors only works there).
  adapter: node({ mode: 'standalone', staticHeaders: true, bodySizeLimit: 1024 * 1024 }),
  security: securityConfig,
});
