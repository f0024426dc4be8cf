/**
 * Runs the site's built Pagefind bundle in Node, the way the browser runs it, so search can be
 * measured without a browser. Pagefind's `pagefind.js` fetches its index files over HTTP; here a
 * `fetch` for a private origin reads them from disk instead and counts the bytes a reader would
 * download: index files as they are (Pagefind compresses them), scripts and JSON gzipped, as the
 * site's server and any CDN send them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SEARCH_CONFIG } from '../../src/lib/paths/pages.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/pagefind-options.ts';
import { searchConfigFromJson } from '../../src/lib/search/search-config.ts';
import type { PageData } from '../../src/lib/search/result-blocks.ts';

/** The part of Pagefind's browser API the measurements use. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PageData>;
}
export interface PagefindInstance {
  search: (
    term: string | null,
    options?: Record<string, unknown>,
  ) => Promise<{ results: PagefindResult[] } | null>;
  destroy: () => Promise<void>;
}
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance & {
    init: () => Promise<void>;
    mergeIndex: (path: string, options?: { indexWeight: number }) => Promise<void>;
  };
}

/** What a file is for: loading search once, or answering one query. */
export type FileKind = 'startup' | 'index' | 'fragment' | 'filter';

/** Bytes a reader downloads, counted since the last reset. */
export interface ByteMeter {
  bytes: Record<FileKind, number>;
  requests: Record<FileKind, number>;
  reset: () => void;
}

/** Index chunks, record fragments and filter chunks are per query; the rest loads once. */
export function fileKind(file: string): FileKind {
  if (file.endsWith('.pf_index')) return 'index';
  if (file.endsWith('.pf_fragment')) return 'fragment';
  if (file.endsWith('.pf_filter')) return 'filter';
  return 'startup';
}

/** Pagefind's own options for the browser API, as `pagefind.options()` takes them. */
export type PagefindOptions = Record<string, unknown>;

/** Options the site's client passes (src/client/search/pagefind-client.ts), from the same module. */
export const CLIENT_OPTIONS: PagefindOptions = { ...PAGEFIND_OPTIONS };

const SITES = new Map<string, string>();
let installed: typeof fetch | undefined;

const compressedByPagefind = (file: string) => /\.(pf_\w+|pagefind)$/.test(file);

async function transferSize(file: string): Promise<{ body: Buffer; sent: number }> {
  const body = await readFile(file);
  return { body, sent: compressedByPagefind(file) ? body.length : gzipSync(body).length };
}

function installFetch(meter: ByteMeter): void {
  if (installed) return;
  const original = globalThis.fetch;
  installed = original;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const root = SITES.get(url.host);
    if (!root) return original(input, init);
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep)) return new Response(null, { status: 403 });
    try {
      const { body, sent } = await transferSize(file);
      meter.bytes[fileKind(file)] += sent;
      meter.requests[fileKind(file)] += 1;
      return new Response(new Uint8Array(body), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

const zero = (): Record<FileKind, number> => ({ startup: 0, index: 0, fragment: 0, filter: 0 });

export const meter: ByteMeter = {
  bytes: zero(),
  requests: zero(),
  reset() {
    this.bytes = zero();
    this.requests = zero();
  },
};

/**
 * Loads `<siteDir>/pagefind/pagefind.js` as a fresh instance with the given options, with the
 * reader tips' index merged in when the site has one, as the search box does. The script itself
 * counts towards the next query's bytes, as it does in the browser (it loads on first use); the
 * config's are counted by whoever reads it for the search (./relevance.ts).
 */
export async function loadPagefind(
  siteDir: string,
  options: PagefindOptions = CLIENT_OPTIONS,
): Promise<PagefindInstance> {
  const root = path.resolve(siteDir);
  const host =
    [...SITES].find(([, r]) => r === root)?.[0] ?? `site-${SITES.size + 1}.pagefind.invalid`;
  SITES.set(host, root);
  installFetch(meter);
  const script = path.join(root, 'pagefind', 'pagefind.js');
  const mod = (await import(pathToFileURL(script).href)) as PagefindModule;
  meter.bytes.startup += (await transferSize(script)).sent;
  meter.requests.startup += 1;
  const pf = mod.createInstance({
    ...options,
    basePath: `http://${host}/pagefind/`,
    // Result links as the browser shows them: site-relative.
    baseUrl: '/',
  });
  await pf.init();
  const config = await readFile(path.join(root, SEARCH_CONFIG), 'utf8').catch(() => null);
  const { tips, tipsWeight } = searchConfigFromJson(config === null ? null : JSON.parse(config));
  if (tips) await pf.mergeIndex(`http://${host}${tips}`, { indexWeight: tipsWeight });
  return pf;
}
