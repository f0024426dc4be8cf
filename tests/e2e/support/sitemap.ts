import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';

/** Paths of every page in the built sitemap, read through the running server. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(loc ?? '').pathname)).text();
    for (const [, page] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.push(new URL(page ?? '').pathname);
  }
  return paths;
}

/**
 * The same paths read from the build on disk, when the tests are collected: one test per page needs
 * the list before any server runs. `npm test` builds first; the served sitemap is checked against it.
 */
export function builtSitemapPaths(): string[] {
  const dir = new URL('../../../dist/client/', import.meta.url);
  if (!existsSync(new URL('sitemap-index.xml', dir))) return [];
  const paths: string[] = [];
  for (const file of readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
    const xml = readFileSync(new URL(file, dir), 'utf8');
    for (const [, page] of xml.matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.push(new URL(page ?? '').pathname);
  }
  return paths;
}
