// Per-page headers from Astro's dist/_headers.json (the CSP of each prerendered page, with its
// hashes). @astrojs/node 11.1.6 matches them by substring ("/advice/" also matches "/advice/x/",
// "/" matches the first entry), so a page could get another page's CSP and lose its own inline
// styles and scripts; and it looks them up by the requested path, so the 404 page, served for an
// unknown path, got none. This matches the exact page instead (the front door handles the 404).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageHeader {
  key: string;
  value: string;
}

const normalise = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** A lookup from a request path to the headers of the prerendered page at that path. */
export function pageHeaders(distDir: string): (pathname: string) => PageHeader[] | undefined {
  const file = join(distDir, '_headers.json');
  const entries = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { pathname: string; headers: PageHeader[] }[])
    : [];
  const byPath = new Map(entries.map((e) => [normalise(e.pathname), e.headers]));
  return (pathname) => {
    let path;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    // "/x/index.html" is the page "/x/"; "/404.html" (how the 404 page is written) is "/404".
    return byPath.get(normalise(path.replace(/\/index\.html$/, '/').replace(/\.html$/, '')));
  };
}
