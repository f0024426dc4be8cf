/**
 * Loads Pagefind's browser API and the search config (vocabulary, costly words) from the built
 * site, once, only when the reader reaches for search. The bundle exists only after
 * `npm run build`, so in dev this fails with a plain explanation.
 */
import { PAGEFIND_OPTIONS } from '../../lib/search/pagefind-options';
import {
  EMPTY_CONFIG,
  searchConfigFromJson,
  type SearchConfig,
} from '../../lib/search/search-config';
import type { PageData } from '../../lib/search/result-blocks';
import { SEARCH_CONFIG } from '../../lib/paths/pages';
import { retryAddress } from '../../lib/module-retry';

const PAGEFIND = '/pagefind/pagefind.js';

export interface PagefindHitData {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PageData>;
}

export interface PagefindSearch {
  results: PagefindHitData[];
}

export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  /** Fetches the index metadata and WebAssembly now rather than on the first search. */
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  preload: (q: string) => Promise<void>;
  /** Adds another index's records to every search (the reader tips' index). */
  mergeIndex: (path: string, options?: { indexWeight: number }) => Promise<void>;
}

/** What a search needs: Pagefind and the config published with the index. */
export interface SearchTools {
  pf: PagefindApi;
  config: SearchConfig;
}

/** Raised when search cannot work here; the message is shown to the reader as is. */
export class SearchUnavailable extends Error {}

let loading: Promise<SearchTools> | undefined;
/** Failed loads so far: each retry asks for Pagefind under a new address (../../lib/module-retry.ts). */
let failures = 0;

/** Starts loading the index as soon as the reader opens search, so the first results come sooner. */
export function warmUpPagefind(): void {
  loadSearch()
    .then(({ pf }) => pf.init())
    .catch(() => {
      // Reported when the reader searches; nothing to say before that.
    });
}

/** The config; without it (a failed request) search still works, with the reader's words only. */
async function loadConfig(): Promise<SearchConfig> {
  try {
    const response = await fetch(SEARCH_CONFIG);
    return response.ok ? searchConfigFromJson(await response.json()) : EMPTY_CONFIG;
  } catch {
    return EMPTY_CONFIG;
  }
}

export function loadSearch(): Promise<SearchTools> {
  if (import.meta.env.DEV) {
    return Promise.reject(
      new SearchUnavailable(
        'Search works only on the built site. Run “npm run build”, then “npm run serve”, and search there.',
      ),
    );
  }
  loading ??= (async () => {
    // A variable path keeps Vite from trying to bundle a file that only exists after the build.
    const url = failures === 0 ? PAGEFIND : retryAddress(PAGEFIND, failures);
    const config = loadConfig();
    try {
      const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // noWorker: the worker script would add ~40 KB to the first query for little gain on short queries.
      await pf.options({ ...PAGEFIND_OPTIONS, noWorker: true });
      const loaded = await config;
      // Reader tips have an index of their own; search goes on without them if it fails to load.
      if (loaded.tips)
        await pf.mergeIndex(loaded.tips, { indexWeight: loaded.tipsWeight }).catch(() => undefined);
      return { pf, config: loaded };
    } catch {
      loading = undefined;
      failures += 1;
      throw new SearchUnavailable(
        'Search could not be loaded. Check your connection and try again.',
      );
    }
  })();
  return loading;
}
