import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

/**
 * Builds the Pagefind search index after every production build, with Pagefind's Node API
 * (no shell step, so it works the same on every platform). `SEARCH_INDEX=off` skips it: the
 * scale benchmark uses that to time the build and the indexing separately.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'closer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH_INDEX'] === 'off') {
          logger.warn('SEARCH_INDEX=off: no search index was built; search will not work.');
          return;
        }
        await buildSearchIndex(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}
