import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

/**
 * Builds the Pagefind search index after every production build, with Pagefind's Node API
 * (no shell step, so it works the same on every platform). The last index is kept in
 * `<cacheDir>/closer-search/` and copied when no page changed. `SEARCH_INDEX=off` skips indexing;
 * `SEARCH_INDEX=later` leaves it to `npm run build`, which indexes after Astro exits.
 */
export default function pagefindIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'closer:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('closer-search/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH_INDEX'] === 'off') {
          logger.warn('SEARCH_INDEX=off: no search index was built; search will not work.');
          return;
        }
        // npm run build (scripts/build.mjs) indexes once Astro has exited and freed its memory.
        if (process.env['SEARCH_INDEX'] === 'later') return;
        await buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m), { cacheDir });
      },
    },
  };
}
