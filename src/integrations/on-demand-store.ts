import * as devalue from 'devalue';

/** A content layer data store as Astro keeps it: collection name → entry id → entry. */
export type DataStore = Map<string, Map<string, Record<string, unknown>>>;

/**
 * What the on-demand routes read from the content layer, by collection: `'whole'` keeps each entry
 * as the build has it, a list keeps only those fields of its `data`. The submission routes ask
 * whether an article is published (`isPublishedArticle`: its id and `draft`); the thanks page's
 * footer lists the topics. Every other collection is left out. An on-demand route that reads more
 * must be added here: a collection left out reads as empty (Astro warns that it "does not exist").
 */
export const ON_DEMAND_CONTENT: Readonly<Record<string, 'whole' | readonly string[]>> = {
  topics: 'whole',
  articles: ['draft'],
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

/**
 * The module that stands in for `astro:data-layer-content` in the on-demand bundle, in the form
 * Astro's own module has (a devalue-flattened array, which Astro's reader unflattens), made from
 * the text of the build's `data-store.json`.
 */
export function onDemandStoreModule(dataStoreJson: string): string {
  const store = devalue.parse(dataStoreJson) as DataStore;
  return `export default JSON.parse(${JSON.stringify(devalue.stringify(onDemandStore(store)))});`;
}
