import { siteUrl } from '../../config/site-url.mjs';
import { newRequestId, REQUEST_ID_HEADER } from '../request-id.ts';
import { readConfig } from './config.ts';
import { openForServer } from './database.ts';
import { StoreHealth, type Health } from './health.ts';
import { handleSubmission, type HttpDeps } from './http.ts';
import { failedOnOurSide } from './messages.ts';
import { NonceRegistry } from './nonce-registry.ts';
import { RateLimiter } from './rate-limit.ts';
import { resolveSecret } from './secret.ts';
import type { SubmissionKind } from './store.ts';
import { issueToken } from './token.ts';
import { SubmissionWriter } from './writer.ts';

/** The running submission service of one server process. */
export interface Submissions {
  post(
    kind: SubmissionKind,
    request: Request,
    peer: string,
    articleExists: HttpDeps['articleExists'],
  ): Promise<Response>;
  /** A fresh time-trap token, never cached. */
  token(): Response;
  health(): Health;
  /** Writes what is waiting, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where the one start-up line (the secret's source) goes. */
  log: (line: string) => void;
  /** Called if the writer thread dies later on; the server should exit so a supervisor restarts it. */
  onFatal: (error: Error) => void;
}

/**
 * Opens the database (throwing DataDirError when DATA_DIR cannot hold it), settles the token
 * secret and starts the writer thread. `scripts/serve.mjs` calls this before it listens.
 */
export async function startSubmissions(
  env: Record<string, string | undefined>,
  options: StartOptions,
): Promise<Submissions> {
  const config = readConfig(env);
  const db = openForServer(config.dataDir);
  const { secret, source } = resolveSecret(config.secret, config.dataDir);
  options.log(`[submissions] time-trap secret ${source}`);
  const writer = new SubmissionWriter(
    { dataDir: config.dataDir, writeTimeoutMs: config.writeTimeoutMs },
    options.onFatal,
  );
  await writer.ready;
  const health = new StoreHealth(db, config.dataDir, () => writer.alive);
  const deps: Omit<HttpDeps, 'articleExists'> = {
    writer,
    config,
    secret,
    nonces: new NonceRegistry(config.tokenMaxAgeMs),
    limiter: new RateLimiter(config.rateLimitMax, config.rateLimitWindowMs),
    ceiling: new RateLimiter(config.globalMaxPerMinute, 60_000),
    siteOrigin: siteUrl(env['SITE_URL']),
    now: Date.now,
  };
  return {
    post: (kind, request, peer, articleExists) =>
      handleSubmission(kind, request, peer, { ...deps, articleExists }),
    token: () =>
      Response.json(
        { token: issueToken(secret, Date.now()) },
        { headers: { 'cache-control': 'no-store' } },
      ),
    health: () => health.check(),
    close: async () => {
      await writer.close();
      db.close();
    },
  };
}

// The production server (scripts/serve.mjs) starts the service from these source files and hands it
// to the built routes through this global: the routes run from Astro's bundle, a second copy of this
// module, which finds it here. Without it (`astro dev`), the first request starts one.
const KEY = Symbol.for('closer.submissions');
type Holder = Record<symbol, Promise<Submissions> | undefined>;

/** Makes `service` the one the on-demand routes use. */
export function provideSubmissions(service: Promise<Submissions>): void {
  (globalThis as Holder)[KEY] = service;
}

function current(): Promise<Submissions> {
  const holder = globalThis as Holder;
  const running = holder[KEY];
  if (running) return running;
  const started = startSubmissions(process.env, {
    log: (line) => console.log(line),
    onFatal: (error) => console.error('[submissions]', error),
  }).catch((error: unknown) => {
    // A failed start is not kept: the next request tries again (and logs why it failed).
    holder[KEY] = undefined;
    throw error;
  });
  holder[KEY] = started;
  return started;
}

/** Entry point for the tip and question routes. */
export async function postSubmission(
  kind: SubmissionKind,
  request: Request,
  peer: string,
  articleExists: HttpDeps['articleExists'],
): Promise<Response> {
  let service: Submissions;
  try {
    service = await current();
  } catch (error) {
    const id = request.headers.get(REQUEST_ID_HEADER) ?? newRequestId();
    console.error(`[submissions] request ${id}: the service is not running:`, error);
    return Response.json({ ok: false, message: failedOnOurSide(id) }, { status: 500 });
  }
  return service.post(kind, request, peer, articleExists);
}

/**
 * Answer for a method a submission route does not take (e.g. GET on the tip route): 405 naming the
 * ones it does, rather than the 404 a missing handler would give.
 */
export const methodNotAllowed = (allow: string): Response =>
  new Response('Method Not Allowed\n', {
    status: 405,
    headers: { allow, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/** Entry point for the token route. */
export async function tokenResponse(): Promise<Response> {
  return (await current()).token();
}
