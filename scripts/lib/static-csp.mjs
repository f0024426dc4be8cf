// Exact per-page CSP for prerendered pages. @astrojs/node (staticHeaders) looks a page's headers
// up in _headers.json with `entry.pathname.includes(path)`, so "/quizzes/closeness/" gets the CSP of
// "/quizzes/closeness/result/far-apart/" and "/" gets the one of "/404": their style hashes differ
// and the browser blocks the page's inline CSS. This lookup matches the path exactly instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const trim = (path) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);

/** Reads dist/_headers.json into a path → CSP map (paths kept without a trailing slash). */
export function loadPageCsp(distDir) {
  const file = join(distDir, '_headers.json');
  const map = new Map();
  if (!existsSync(file)) return map;
  for (const entry of JSON.parse(readFileSync(file, 'utf8'))) {
    const csp = entry.headers.find((h) => h.key.toLowerCase() === 'content-security-policy');
    if (csp) map.set(trim(entry.pathname), csp.value);
  }
  return map;
}

/** Makes the response keep this page's own CSP whatever the adapter later sets. */
export function pinPageCsp(map, req, res) {
  const path = trim((req.url ?? '/').split(/[?#]/)[0] ?? '/');
  const own = map.get(path);
  if (!own) return;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === 'content-security-policy' ? own : value);
}
