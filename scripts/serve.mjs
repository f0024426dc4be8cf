// Production server: the @astrojs/node standalone handler (static pages + on-demand routes) wrapped
// so that every response, static files included, carries the security headers. `npm run serve`.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { securityHeaders } from '../src/config/security.mjs';
import { pageHeaders } from './lib/page-headers.mjs';

// The built entry would start its own server on import; we start ours around its handler instead.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
// DIST_DIR lets tests serve a build made elsewhere (`astro build --outDir`).
const distDir = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)));
const { handler } = await import(pathToFileURL(join(distDir, 'server', 'entry.mjs')).href);

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
const trusted = (process.env.TRUST_PROXY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** HTTPS as the reader sees it: our own TLS, or a trusted proxy saying it terminated TLS. */
function isHttps(req) {
  if (req.socket.encrypted) return true;
  const peer = req.socket.remoteAddress ?? '';
  const viaTrusted = trusted.some((p) => (p === 'loopback' ? loopback.has(peer) : p === peer));
  return viaTrusted && req.headers['x-forwarded-proto'] === 'https';
}

const headersFor = pageHeaders(distDir);

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders({ https: isHttps(req) }))) {
    res.setHeader(name, value);
  }
  // The page's own CSP wins over the one the adapter picks by substring (see lib/page-headers.mjs).
  const own = headersFor(new URL(req.url ?? '/', 'http://x').pathname);
  if (own) {
    const setHeader = res.setHeader.bind(res);
    for (const { key, value } of own) setHeader(key, value);
    res.setHeader = (name, value) =>
      own.some((h) => h.key.toLowerCase() === String(name).toLowerCase())
        ? res
        : setHeader(name, value);
  }
  handler(req, res);
});

// PORT=0 picks a free port; the line below says which (tests read it).
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Closer is serving on http://${host}:${actual}/`);
});

// Stop accepting connections and let open requests finish; committed rows are already on disk.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
