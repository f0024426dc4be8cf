import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ogBuildState } from '../lib/og/build-state.ts';

/** Removes cached cards this build no longer lists (changed titles, removed articles, a new template). */
async function prune(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((n) => !keep.has(n.replace(/\.png$/, '')) || !n.endsWith('.png'));
  await Promise.all(stale.map((n) => rm(path.join(dir, n), { force: true })));
  return stale.length;
}

async function report(logger: AstroIntegrationLogger): Promise<void> {
  const s = ogBuildState();
  const copied = s.listed - s.served;
  logger.info(
    `OG images: ${String(s.rendered)} rendered, ${String(s.fromCache)} from cache` +
      (copied > 0 ? `, ${String(copied)} unchanged pages kept by Astro's incremental build` : ''),
  );
  if (s.cacheDir && s.listed > 0) {
    const removed = await prune(s.cacheDir, s.keys);
    if (removed > 0)
      logger.info(`removed ${String(removed)} cards no page uses from ${s.cacheDir}`);
  }
}

/**
 * Open Graph images across builds: tells the OG routes (src/pages/og/) where the persistent card
 * cache lives (`<cacheDir>/closer-og/`, beside Astro's own caches), and after the build reports how
 * many cards were drawn and how many came from the cache, then drops the cards no page uses.
 */
export default function ogImagesIntegration(): AstroIntegration {
  return {
    name: 'closer:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        ogBuildState().cacheDir = fileURLToPath(new URL('closer-og/', config.cacheDir));
      },
      'astro:build:start': () => {
        Object.assign(ogBuildState(), {
          keys: new Set(),
          rendered: 0,
          fromCache: 0,
          listed: 0,
          served: 0,
        });
      },
      'astro:build:done': async ({ logger }) => {
        await report(logger);
      },
    },
  };
}
