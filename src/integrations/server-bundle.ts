import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Keeps article bodies out of the on-demand server bundle. The server's routes (submissions, the
 * thanks page) read collection data, which pulls in `astro:content` and, through the map Astro
 * writes to `.astro/content-modules.mjs`, an import of every MDX file: the build compiled the
 * whole catalogue a second time for a bundle that never renders an article (as long again as the
 * prerender bundle, at 1,000 articles as at 10,000). In the `ssr` build environment the map is
 * empty. The prerender environment, which renders every page, is untouched, and so is dev, which
 * renders pages in `ssr`. An on-demand route that called `render()` on an entry would fail loudly.
 */
export default function serverBundleIntegration(): AstroIntegration {
  return {
    name: 'closer:server-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const contentModules = fileURLToPath(new URL('.astro/content-modules.mjs', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'closer:no-content-modules-on-demand',
                applyToEnvironment: (environment) => environment.name === 'ssr',
                load: (id) => (id === contentModules ? 'export default new Map();' : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
