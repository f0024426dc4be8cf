import {
  closeSync,
  createReadStream,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  statSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { preferredEncoding, type Encoding } from './accept-encoding.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// What send (inside @astrojs/node) says for an unhashed file; a compressed answer must say the same.
const REVALIDATE = 'public, max-age=0';

/**
 * Files whose names change with their content: Vite's assets and Pagefind's index, fragment,
 * filter and meta files (of the main index and of the reader tips' one, in `tips/`). Pagefind's
 * entry files (pagefind.js, pagefind-entry.json, the wasm) keep their names across builds and
 * must be revalidated.
 */
const HASHED = [
  /^\/_astro\/[^/]+$/,
  /^\/pagefind\/(?:tips\/)?(?:index|fragment|filter)\/[^/]+$/,
  /^\/pagefind\/(?:tips\/)?pagefind\.[^/]+\.pf_meta$/,
];

/** Cache-Control for a successful answer at `pathname`, when it is not the default. */
export function cacheControlFor(pathname: string): string | undefined {
  return HASHED.some((p) => p.test(pathname)) ? IMMUTABLE : undefined;
}

// The types send gives the plain files, so that both answers of one URL agree.
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml',
  svg: 'image/svg+xml',
};
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

interface Variant {
  file: string;
  size: number;
  etag: string;
  lastModified: string;
}
interface Entry {
  type: string;
  variants: Record<Encoding, Variant | undefined>;
}

function variant(file: string, encoding: Encoding): Variant | undefined {
  if (!existsSync(file)) return undefined;
  const s = statSync(file);
  const etag = `W/"${s.size.toString(16)}-${s.mtimeMs.toString(16).replace('.', '')}-${encoding}"`;
  return { file, size: s.size, etag, lastModified: s.mtime.toUTCString() };
}

/** Every file under `dir` that has a .br or .gz twin, by URL path (an index.html also by its folder). */
function index(dir: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const type = TYPES[name.slice(name.lastIndexOf('.') + 1)];
    if (!type) continue;
    const file = join(dir, name);
    const variants = {
      br: variant(file + SUFFIX.br, 'br'),
      gzip: variant(file + SUFFIX.gzip, 'gzip'),
    };
    if (!variants.br && !variants.gzip) continue;
    const path = `/${name.split(sep).join('/')}`;
    const entry: Entry = { type, variants };
    entries.set(path, entry);
    if (path.endsWith('/index.html')) entries.set(path.slice(0, -'index.html'.length), entry);
  }
  return entries;
}

/** Whether a conditional GET or HEAD can be answered 304 Not Modified. */
function notModified(req: IncomingMessage, v: Variant): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) {
    const tags = match.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(v.etag.replace(/^W\//, ''));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Date.parse(v.lastModified) <= since;
}

/**
 * Serves the files compressed at build time (src/integrations/compress.ts): brotli or gzip by the
 * reader's Accept-Encoding, with `Vary: Accept-Encoding` on every answer of such a URL. A Range
 * request always gets the plain file (its byte ranges are of the plain bytes).
 */
export class PrecompressedFiles {
  private readonly entries: Map<string, Entry>;

  constructor(clientDir: string) {
    this.entries = existsSync(clientDir) ? index(clientDir) : new Map<string, Entry>();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Answers the request and returns true, or returns false to let the plain file be served. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    const entry = this.entries.get(pathname);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.headers.range !== undefined) return false;
    const available = (['br', 'gzip'] as const).filter((e) => entry.variants[e]);
    const encoding = preferredEncoding(req.headers['accept-encoding'], available);
    const v = encoding && entry.variants[encoding];
    if (!encoding || !v) return false;
    const fresh = notModified(req, v);
    // Opened before any header is set: if a rebuild removed the file, the plain one is served instead.
    let fd: number | undefined;
    if (req.method === 'GET' && !fresh) {
      try {
        fd = openSync(v.file, 'r');
      } catch {
        return false;
      }
    }
    res.setHeader('Content-Type', entry.type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Cache-Control', cacheControlFor(pathname) ?? REVALIDATE);
    res.setHeader('ETag', v.etag);
    res.setHeader('Last-Modified', v.lastModified);
    if (fresh) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader('Content-Length', fd === undefined ? v.size : fstatSync(fd).size);
    if (fd === undefined) res.end();
    else streamFile(fd, res);
    return true;
  }
}

function streamFile(fd: number, res: ServerResponse): void {
  createReadStream('', { fd })
    .on('error', () => {
      closeSync(fd);
      res.destroy();
    })
    .pipe(res);
}
