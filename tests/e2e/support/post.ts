import { issueToken } from '../../../src/server/submissions/token.ts';
import { TEST_SECRET } from './submission-server.ts';

export interface PostAnswer {
  status: number;
  headers: Headers;
  body: { ok?: boolean; ref?: string; message?: string; errors?: Record<string, string> };
}

/** A valid token for the test secret, old enough to pass the time trap. */
export const freshToken = (secret = TEST_SECRET) => issueToken(secret, Date.now() - 5_000);

let serial = 0;
/** A good written tip whose text is unique, so the duplicate check stays out of the way. */
export function uniqueTip(extra: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  return {
    article: 'emotional-intimacy',
    kind: 'text',
    text: `Tip ${serial} from ${process.pid} at ${Date.now()}: say one kind thing before sleep.`,
    consent: true,
    token: freshToken(),
    ...extra,
  };
}

/** Posts a tip as the island does (JSON), from the server's own origin. */
export async function postTip(
  url: string,
  fields: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<PostAnswer> {
  const res = await fetch(`${url}/api/submissions/tip/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, ...headers },
    body: JSON.stringify(fields),
  });
  const text = await res.text();
  let body: PostAnswer['body'] = {};
  try {
    body = JSON.parse(text) as PostAnswer['body'];
  } catch {
    // an empty or non-JSON answer (the old server's bare 500) keeps an empty body
  }
  return { status: res.status, headers: res.headers, body };
}
