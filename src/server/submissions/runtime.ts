import { siteUrl } from '../../config/site-url.mjs';
import { DEV_SECRET, readConfig, type SubmissionConfig } from './config.ts';
import { openDatabase } from './database.ts';
import { GroupCommit } from './group-commit.ts';
import { handleSubmission, type HttpDeps } from './http.ts';
import { NonceRegistry } from './nonce-registry.ts';
import { RateLimiter } from './rate-limit.ts';
import { SubmissionStore } from './store.ts';
import { issueToken } from './token.ts';
import type { SubmissionKind } from './store.ts';

let deps: Omit<HttpDeps, 'articleExists'> | undefined;

// One store per process, opened on the first request so that a build never touches the database.
function runtime(): Omit<HttpDeps, 'articleExists'> {
  if (deps) return deps;
  const config: SubmissionConfig = readConfig(process.env);
  if (config.secret === DEV_SECRET && process.env['NODE_ENV'] === 'production') {
    console.warn(
      '[submissions] SUBMISSION_SECRET is not set: using the public development secret.',
    );
  }
  const store = new SubmissionStore(openDatabase(config.dataDir));
  deps = {
    store,
    commits: new GroupCommit(store),
    config,
    nonces: new NonceRegistry(config.tokenMaxAgeMs),
    limiter: new RateLimiter(config.rateLimitMax, config.rateLimitWindowMs),
    siteOrigin: siteUrl(process.env['SITE_URL']),
    now: Date.now,
  };
  return deps;
}

/** Entry point for the tip and question routes. */
export function postSubmission(
  kind: SubmissionKind,
  request: Request,
  peer: string,
  articleExists: HttpDeps['articleExists'],
): Promise<Response> {
  return handleSubmission(kind, request, peer, { ...runtime(), articleExists });
}

/** Entry point for the token route: a fresh time-trap token, never cached. */
export function tokenResponse(): Response {
  const { config, now } = runtime();
  return Response.json(
    { token: issueToken(config.secret, now()) },
    { headers: { 'cache-control': 'no-store' } },
  );
}
