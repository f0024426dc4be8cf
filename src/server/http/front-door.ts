import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { securityHeaders } from '../../config/security.mjs';
import { newRequestId, REQUEST_ID_HEADER } from '../request-id.ts';
import { isTrustedProxy } from '../submissions/client-address.ts';
import type { Health } from '../submissions/health.ts';
import { pageHeaders, type PageHeader } from './page-headers.ts';
import { cacheControlFor, PrecompressedFiles } from './static-files.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FrontDoorOptions {
  /** The adapter's handler (static files, then on-demand routes). */
  handler: Handler;
  /** The build: dist/_headers.json and dist/client. */
  distDir: string;
  clientDir: string;
  /** TRUST_PROXY, as read by the submission config. */
  trustedProxies: readonly string[];
  health: () => Health;
  /** Where failures are logged (with the request id). */
  log: (line: string) => void;
}

const METHODS = 'GET, HEAD, POST, OPTIONS';
const ALLOWED = new Set(METHODS.split(', '));
// For HTML the adapter sends without a policy: nothing may load or frame it.
const FALLBACK_CSP =
  "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function answer(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/** HTTPS as the reader sees it: our own TLS, or a trusted proxy saying it terminated TLS. */
function isHttps(req: IncomingMessage, proxies: readonly string[]): boolean {
  if ((req.socket as Socket & { encrypted?: boolean }).encrypted) return true;
  return (
    isTrustedProxy(req.socket.remoteAddress ?? '', proxies) &&
    req.headers['x-forwarded-proto'] === 'https'
  );
}

/**
 * Headers settled before the adapter answers: the security headers; the page's own headers (its
 * CSP), which the adapter may not override; and, as the status line is written, the 404 page's
 * CSP for a 404 page, a strict CSP for any other HTML without one, and the cache policy.
 */
function settleHeaders(
  res: ServerResponse,
  path: string,
  own: PageHeader[] | undefined,
  notFound: PageHeader[],
): void {
  const setHeader = res.setHeader.bind(res);
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    ...rest: unknown[]
  ) => ServerResponse;
  const mine = new Set((own ?? []).map((h) => h.key.toLowerCase()));
  for (const { key, value } of own ?? []) setHeader(key, value);
  res.setHeader = (name, value) => (mine.has(name.toLowerCase()) ? res : setHeader(name, value));
  res.writeHead = (status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => r !== null && typeof r === 'object' && !Array.isArray(r));
    for (const [k, v] of Object.entries(headers ?? {}))
      if (v !== undefined) res.setHeader(k, v as string);
    const html = String(res.getHeader('content-type') ?? '').includes('text/html');
    if (html && !res.hasHeader('content-security-policy')) {
      if (status === 404) for (const { key, value } of notFound) setHeader(key, value);
      if (!res.hasHeader('content-security-policy'))
        setHeader('Content-Security-Policy', FALLBACK_CSP);
    }
    const cache = status < 400 ? cacheControlFor(path) : undefined;
    if (cache) setHeader('Cache-Control', cache);
    return writeHead(status, ...rest.filter((r) => r !== headers));
  };
}

function serveHealth(req: IncomingMessage, res: ServerResponse, health: Health): void {
  const body = JSON.stringify(health);
  res.writeHead(health.ok ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Refuses what no route here takes; true when it answered. */
function refuse(req: IncomingMessage, res: ServerResponse, path: string | undefined): boolean {
  const method = req.method ?? '';
  if (!ALLOWED.has(method)) answer(res, 405, 'Method Not Allowed\n', { allow: METHODS });
  else if (method === 'OPTIONS') {
    res.writeHead(204, { allow: METHODS });
    res.end();
  } else if (path === undefined) answer(res, 400, 'Bad Request\n');
  else if (method === 'POST' && !path.startsWith('/api/'))
    answer(res, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD, OPTIONS' });
  else return false;
  return true;
}

/** The decoded path of an origin-form request target ("/a/b?c" → "/a/b"), else undefined. */
function pathOf(url: string | undefined): string | undefined {
  if (!url?.startsWith('/')) return undefined;
  try {
    return decodeURI(url.replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
}

/**
 * The production server's request listener, around the adapter's handler. Every request gets an id
 * (X-Request-Id, also passed to the routes); methods outside GET, HEAD, POST and OPTIONS get 405
 * (TRACE used to crash the process, see below); GET /healthz reports on the database; files
 * compressed at build time are served by Accept-Encoding; and a throw anywhere answers 500 with
 * the id, logged, instead of taking the process down.
 */
export function createFrontDoor(options: FrontDoorOptions): Handler {
  const headersOf = pageHeaders(options.distDir);
  const notFound = headersOf('/404') ?? [];
  const compressed = new PrecompressedFiles(options.clientDir);

  function route(req: IncomingMessage, res: ServerResponse): void {
    const raw = req.url?.startsWith('/') ? req.url.replace(/[?#].*$/s, '') : undefined;
    const path = pathOf(req.url);
    for (const [name, value] of Object.entries(
      securityHeaders({ https: isHttps(req, options.trustedProxies) }),
    )) {
      res.setHeader(name, value);
    }
    // @astrojs/node 11.1.6 builds a `new Request()` for every static request (staticHeaders: true),
    // which throws "'TRACE' HTTP method is unsupported" outside any try: one TRACE request ended the
    // process. Refusing unknown methods here keeps them away from it; remove when the adapter guards it.
    if (refuse(req, res, path) || path === undefined || raw === undefined) return;
    if (path === '/healthz' && req.method !== 'POST') {
      serveHealth(req, res, options.health());
      return;
    }
    settleHeaders(res, path, headersOf(raw), notFound);
    if (compressed.serve(req, res, path)) return;
    options.handler(req, res);
  }

  return (req, res) => {
    const id = newRequestId();
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader('X-Request-Id', id);
    req.on('error', (error) => options.log(`[request ${id}] request stream: ${error.message}`));
    res.on('finish', () => {
      if (res.statusCode >= 500) {
        options.log(`[request ${id}] ${req.method} ${req.url} answered ${res.statusCode}`);
      }
    });
    try {
      route(req, res);
    } catch (error) {
      options.log(
        `[request ${id}] ${req.method} ${req.url} threw: ${(error as Error).stack ?? String(error)}`,
      );
      if (res.headersSent) res.destroy();
      else answer(res, 500, `Something went wrong on our side (reference ${id}).\n`);
    }
  };
}

/** Answers CONNECT (which Node hands to a separate event) with 405, instead of a silent close. */
export function refuseConnect(_req: IncomingMessage, socket: Socket): void {
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${METHODS}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
  );
}
