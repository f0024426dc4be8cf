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
