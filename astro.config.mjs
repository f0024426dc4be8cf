// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import { siteUrl } from './src/config/site-url.mjs';
import { securityConfig } from './src/config/security.mjs';

// The public origin is configurable so the same build works for staging and production.
export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Our CSS is small; inlining it keeps the first render to one round trip.
    inlineStylesheets: 'always',
  },
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') })],
  // Pages stay prerendered; only the submission routes run on demand. staticHeaders makes the node
  // server send each static page's CSP as a header (frame-ancestors only works there).
  adapter: node({ mode: 'standalone', staticHeaders: true, bodySizeLimit: 1024 * 1024 }),
  security: securityConfig,
});
