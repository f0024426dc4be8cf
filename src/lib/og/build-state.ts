/**
 * What one build does with its Open Graph images: where the cache lives, which keys the routes
 * asked for, and how many cards were drawn or copied from the cache. The routes run from Astro's
 * bundle and the reporting integration (src/integrations/og-images.ts) from the config, two
 * copies of every module in one process, so they meet on globalThis.
 */
export interface OgBuildState {
  /** The persistent cache folder, set by the integration from Astro's `cacheDir`. */
  cacheDir: string | undefined;
  /** Every card key this build's routes listed: the cache keeps these and drops the rest. */
  keys: Set<string>;
  /** Cards drawn in this build. */
  rendered: number;
  /** Cards served from the cache in this build. */
  fromCache: number;
  /** OG routes listed by getStaticPaths. */
  listed: number;
  /** OG routes Astro asked to render (the others it copied from its own incremental build cache). */
  served: number;
}

const STATE = Symbol.for('closer.og-build-state');

/** The one state of this process, created on first use. */
export function ogBuildState(): OgBuildState {
  const holder = globalThis as Record<symbol, OgBuildState | undefined>;
  const state = holder[STATE] ?? {
    cacheDir: undefined,
    keys: new Set<string>(),
    rendered: 0,
    fromCache: 0,
    listed: 0,
    served: 0,
  };
  holder[STATE] = state;
  return state;
}
