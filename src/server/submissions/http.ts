import { newRequestId, REQUEST_ID_HEADER } from '../request-id.ts';
import { clientAddress, networkKey } from './client-address.ts';
import { failedOnOurSide, messages } from './messages.ts';
import { originAllowed } from './origin.ts';
import { refused, type Outcome } from './outcome.ts';
import { encodingOf, parseFields } from './parse-fields.ts';
import type { RateLimiter } from './rate-limit.ts';
import { BodyTooLarge, readBody } from './read-body.ts';
import { submit, TOKEN_FIELD, validateOnly, type ServiceDeps } from './service.ts';
import { issueToken } from './token.ts';
import type { SubmissionKind } from './store.ts';
import { confirmPage, outcomePage } from './outcome-page.ts';

export interface HttpDeps extends ServiceDeps {
  limiter: RateLimiter;
  /** The site's public origin (SITE_URL); posts from it are always allowed. */
  siteOrigin: string;
}

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * The outcome pages for readers without JavaScript have no script, no style and one form that
 * posts back here: nothing else may load, and nobody may frame them.
 */
export const OUTCOME_PAGE_CSP =
  "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const HTML = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': OUTCOME_PAGE_CSP,
};

/** Whether the post came from a plain HTML form (no JavaScript), which wants a page back, not JSON. */
function wantsPage(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '';
  return encodingOf(request.headers.get('content-type')) === 'form' && accept.includes('text/html');
}

function respond(request: Request, outcome: Outcome, kind: SubmissionKind): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (outcome.retryAfter) headers['retry-after'] = String(outcome.retryAfter);
  if (wantsPage(request)) {
    if (outcome.confirm) {
      return new Response(confirmPage(outcome.confirm, kind), {
        status: 200,
        headers: { ...headers, ...HTML },
      });
    }
    if (outcome.ref) {
      // Post/redirect/get: reloading the confirmation page does not post again.
      return new Response(null, {
        status: 303,
        headers: { ...headers, location: `/thanks/?ref=${outcome.ref}` },
      });
    }
    return new Response(outcomePage(outcome, kind), {
      status: outcome.status,
      headers: { ...headers, ...HTML },
    });
  }
  // Tells the island to fetch a new time-trap token; a "too fast" or field error keeps the old one
  // (its clock keeps running, and it is only used up by an accepted post).
  const renewToken =
    outcome.message === messages.expired || outcome.message === messages.notVerified;
  const body = {
    ok: outcome.status === 201,
    message: outcome.message,
    ref: outcome.ref,
    errors: outcome.errors,
    renewToken,
  };
  return Response.json(body, { status: outcome.status, headers });
}

async function check(
  kind: SubmissionKind,
  request: Request,
  peer: string,
  deps: HttpDeps,
  requestId: string,
): Promise<Outcome> {
  const encoding = encodingOf(request.headers.get('content-type'));
  if (!encoding) return refused(415, messages.contentType);

  const allowed = [deps.siteOrigin, new URL(request.url).origin, ...deps.config.extraOrigins];
  if (!originAllowed(request.headers.get('origin'), request.headers.get('referer'), allowed)) {
    return refused(403, messages.origin);
  }

  const now = deps.now();
  const address = networkKey(
    clientAddress(peer, request.headers.get('x-forwarded-for'), deps.config.trustedProxies),
  );
  if (!deps.limiter.take(address, now)) {
    return {
      status: 429,
      message: messages.rateLimited,
      retryAfter: deps.limiter.retryAfterSeconds(address, now),
    };
  }

  let body: string;
  try {
    body = await readBody(request, deps.config.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refused(413, messages.tooLarge);
    return refused(400, messages.unreadable);
  }
  const fields = parseFields(body, encoding);
  if (!fields) return refused(400, messages.unreadable);
  // A plain HTML form has no token (the page is static): check the fields, then let the reader
  // confirm them on a page that carries a fresh token. The time trap still applies to that second post.
  if (wantsPage(request) && !fields[TOKEN_FIELD]) {
    const problem = validateOnly(kind, fields);
    if (problem) return problem;
    const strings = Object.fromEntries(
      Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    return {
      status: 200,
      message: messages.confirm,
      confirm: { fields: strings, token: issueToken(deps.secret, now) },
    };
  }
  return submit(kind, fields, deps, requestId);
}

/**
 * Handles one POST of a tip or question and answers it (JSON for the island, a page for plain
 * forms). Anything unexpected becomes a 500 whose message names the request id (set by the front
 * door, scripts/serve.mjs; made here when the route runs without it, as under `astro dev`).
 */
export async function handleSubmission(
  kind: SubmissionKind,
  request: Request,
  peer: string,
  deps: HttpDeps,
): Promise<Response> {
  const requestId = request.headers.get(REQUEST_ID_HEADER) ?? newRequestId();
  let outcome: Outcome;
  try {
    outcome = await check(kind, request, peer, deps, requestId);
  } catch (error) {
    console.error(`[submissions] request ${requestId} failed:`, error);
    outcome = refused(500, failedOnOurSide(requestId));
  }
  return respond(request, outcome, kind);
}
