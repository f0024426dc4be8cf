// Per-page headers from Astro's dist/_headers.json (the CSP of each prerendered page, with its hashes).
// @astrojs/node matches them by substring ("/advice/" also matches "/advice/x/", "/" matches the
// first entry), so a page could get another page's CSP and lose its own inline styles and scripts.
// This matches the exact page instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const normalise = (path) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * @param {string} distDir the build folder holding _headers.json
 * @returns {(pathname: string) => { key: string, value: string }[] | undefined}
 */
export function pageHeaders(distDir) {
  const file = join(distDir, '_headers.json');
  /** @type {{ pathname: string, headers: { key: string, value: string }[] }[]} */
  const entries = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const byPath = new Map(entries.map((e) => [normalise(e.pathname), e.headers]));
  return (pathname) => {
    let path;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    return byPath.get(normalise(path.replace(/\/index\.html$/, '/')));
  };
}
