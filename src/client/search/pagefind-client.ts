/**
 * Loads Pagefind's browser API from the built site, once, only when the reader reaches for search.
 * The bundle exists only after `npm run build`, so in dev this fails with a plain explanation.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  /** Fetches the index metadata and WebAssembly now rather than on the first search. */
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (
    q: string,
    o?: Record<string, unknown>,
    ms?: number,
  ) => Promise<PagefindSearch | null>;
  preload: (q: string) => Promise<void>;
}

/** Raised when search cannot work here; the message is shown to the reader as is. */
export class SearchUnavailable extends Error {}

let loading: Promise<PagefindApi> | undefined;

/** Starts loading the index as soon as the reader opens search, so the first results come sooner. */
export function warmUpPagefind(): void {
  loadPagefind()
    .then((pf) => pf.init())
    .catch(() => {
      // Reported when the reader searches; nothing to say before that.
    });
}

export function loadPagefind(): Promise<PagefindApi> {
  if (import.meta.env.DEV) {
    return Promise.reject(
      new SearchUnavailable(
        'Search works only on the built site. Run “npm run build”, then “npm run serve”, and search there.',
      ),
    );
  }
  loading ??= (async () => {
    // A variable path keeps Vite from trying to bundle a file that only exists after the build.
    const url = '/pagefind/pagefind.js';
    try {
      const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // noWorker: the worker script would add ~40 KB to the first query for little gain on short queries.
      await pf.options({ noWorker: true, highlightParam: 'highlight', excerptLength: 24 });
      return pf;
    } catch {
      loading = undefined;
      throw new SearchUnavailable(
        'Search could not be loaded. Check your connection and try again.',
      );
    }
  })();
  return loading;
}
