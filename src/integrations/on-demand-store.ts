import { existsSync, readFileSync } from 'node:fs';
import * as devalue from 'devalue';

/** A content layer data store as Astro keeps it: collection name → entry id → entry. */
export type DataStore = Map<string, Map<string, Record<string, unknown>>>;

/**
 * What the on-demand routes read from the content layer, by collection: `'whole'` keeps each entry
 * as the build has it, a list keeps only those fields of its `data`. The submission routes ask
 * whether an article is published (`isPublishedArticle`: its id and `draft`); the thanks page's
 * footer lists the topics; the Open Graph cards (src/data/og-cards.ts) show an article's title and
 * topic, and a quiz's titles and bands. Every other collection is left out. An on-demand route that
 * reads more must be added here: a collection left out reads as empty (Astro warns that it "does
 * not exist").
 */
export const ON_DEMAND_CONTENT: Readonly<Record<string, 'whole' | readonly string[]>> = {
  topics: 'whole',
  articles: ['draft', 'title', 'topic'],
  quizzes: ['title', 'shortTitle', 'bands'],
};

function pick(data: unknown, fields: readonly string[]): Record<string, unknown> {
  const source = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => f in source).map((f) => [f, source[f]]));
}

/** The part of `store` that `keep` names: a new store, `store` itself is not changed. */
export function onDemandStore(
  store: DataStore,
  keep: Readonly<Record<string, 'whole' | readonly string[]>> = ON_DEMAND_CONTENT,
): DataStore {
  const kept: DataStore = new Map();
  for (const [name, entries] of store) {
    const fields = keep[name];
    if (fields === undefined) continue;
    if (fields === 'whole') {
      kept.set(name, entries);
      continue;
    }
    const trimmed = new Map<string, Record<string, unknown>>();
    for (const [id, entry] of entries) trimmed.set(id, { id, data: pick(entry['data'], fields) });
    kept.set(name, trimmed);
  }
  return kept;
}

/** Where the build keeps the data store: Astro's `cacheDir`, and whether it is chunked. */
export interface StoreLocation {
  cacheDir: URL;
  /** `experimental.collectionStorage` is `'chunked'` (or an object): a folder, not one file. */
  chunked: boolean;
}

/** One collection of a chunked store: a line per entry, each `devalue.stringify([id, entry])`. */
export function parseChunkedCollection(text: string): Map<string, Record<string, unknown>> {
  const entries = new Map<string, Record<string, unknown>>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [id, entry] = devalue.parse(line) as [string, Record<string, unknown>];
    entries.set(id, entry);
  }
  return entries;
}

/**
 * The data store as the build's content sync wrote it: `data-store.json`, or with chunked storage
 * `data-store/manifest.json` naming each collection's chunk files (an entry may straddle two).
 * Undefined when there is none.
 */
export function readDataStore({ cacheDir, chunked }: StoreLocation): DataStore | undefined {
  if (!chunked) {
    const file = new URL('data-store.json', cacheDir);
    return existsSync(file) ? (devalue.parse(readFileSync(file, 'utf8')) as DataStore) : undefined;
  }
  const dir = new URL('data-store/', cacheDir);
  const manifest = new URL('manifest.json', dir);
  if (!existsSync(manifest)) return undefined;
  const parts = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string[]>;
  return new Map(
    Object.entries(parts).map(([name, files]) => [
      name,
      parseChunkedCollection(files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('')),
    ]),
  );
}

/**
 * The module that stands in for `astro:data-layer-content` in the on-demand bundle, in the form
 * Astro's own single-file module has (a devalue-flattened array, which Astro's reader unflattens).
 */
export function onDemandStoreModule(store: DataStore): string {
  return `export default JSON.parse(${JSON.stringify(devalue.stringify(onDemandStore(store)))});`;
}
