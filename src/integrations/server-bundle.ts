import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { onDemandStoreModule, readDataStore } from './on-demand-store';

/** Astro's resolved id of the module that holds the content layer's data store. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Keeps the catalogue out of the on-demand server bundle, which serves the submission routes and
 * the thanks page and never renders an article. Astro bundles the whole content layer into it
 * twice over, and the build paid for both on every run:
 *
 * - `astro:content` imports every MDX file through the map Astro writes to
 *   `.astro/content-modules.mjs`: the whole catalogue compiled a second time (as long again as the
 *   prerender bundle). In the `ssr` build environment the map is empty; an on-demand route that
 *   called `render()` on an entry would fail loudly.
 * - The data store, every entry with its body (about 100 MB of JavaScript at 10,000 articles),
 *   which the server also parsed on its first submission. It is cut to what the on-demand routes
 *   read (`ON_DEMAND_CONTENT` in on-demand-store.ts), in the form Astro's own module has.
 *
 * The prerender environment, which renders every page, is untouched, and so is dev, which renders
 * pages in `ssr`.
 */
export default function serverBundleIntegration(): AstroIntegration {
  return {
    name: 'closer:server-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const contentModules = fileURLToPath(new URL('.astro/content-modules.mjs', config.root));
        // As Astro reads it (content/paths.ts): left out, the store is one file.
        const storage: unknown = config.experimental.collectionStorage;
        const location = {
          cacheDir: config.cacheDir,
          chunked: storage !== undefined && storage !== 'single-file',
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'closer:no-catalogue-on-demand',
                applyToEnvironment: (environment) => environment.name === 'ssr',
                load: {
                  // Before Astro's own content plugin, which would load the whole store.
                  order: 'pre',
                  handler(id) {
                    if (id === contentModules) return 'export default new Map();';
                    if (id !== DATA_STORE_MODULE) return undefined;
                    const store = readDataStore(location);
                    if (store) return onDemandStoreModule(store);
                    this.warn(
                      'no data store in the cache folder: the on-demand bundle keeps it all',
                    );
                    return undefined;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
