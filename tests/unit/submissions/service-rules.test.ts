import { describe, expect, it } from 'vitest';
import { handleSubmission, type HttpDeps } from '../../../src/server/submissions/http';
import { messages } from '../../../src/server/submissions/messages';
import { issueToken } from '../../../src/server/submissions/token';
import { serviceSetup, SITE, NOW } from './helpers';

// The rules that timing, proxies and address tricks used to get around (issue 12, findings 2 and 5).

// Slow, like the content layer on a busy server: every post awaits here.
const slowArticleCheck = async (slug: string) => {
  await new Promise((r) => setTimeout(r, 5));
  return slug === 'emotional-intimacy';
};
const setup = (env: Record<string, string> = {}) => serviceSetup(env, slowArticleCheck);

let n = 0;
const tip = (token: string, extra: Record<string, unknown> = {}) => ({
  article: 'emotional-intimacy',
  kind: 'text',
  text: `Tip number ${(n += 1)}: put the phones away at dinner.`,
  consent: true,
  token,
  ...extra,
});
const post = (deps: HttpDeps, body: unknown, peer = '203.0.113.1', xff?: string) =>
  handleSubmission(
    'tip',
    new Request(`${SITE}/api/submissions/tip/`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        origin: SITE,
        'content-type': 'application/json',
        ...(xff ? { 'x-forwarded-for': xff } : {}),
      },
    }),
    peer,
    deps,
  );

describe('one token, one post', () => {
  it('stores one of twelve posts that arrive together with the same token', async () => {
    const { deps, store, token } = setup({ RATE_LIMIT_MAX: '100' });
    const answers = await Promise.all(Array.from({ length: 12 }, () => post(deps, tip(token))));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array<number>(11).fill(400)]);
    expect(store.count()).toBe(1);
  });

  it('gives the token back when its post is refused, so the reader can correct and resend', async () => {
    const { deps, store, token } = setup();
    const first = tip(token);
    expect((await post(deps, first)).status).toBe(201);
    const fresh = issueToken('s3cret', NOW - 10_000);
    // Same content: refused as a duplicate, which must not use up the new token.
    expect((await post(deps, { ...first, token: fresh })).status).toBe(409);
    expect((await post(deps, tip(fresh))).status).toBe(201);
    expect(store.count()).toBe(2);
  });
});

describe('rate limit by network', () => {
  it('counts an IPv6 /64 as one client, and IPv4-mapped IPv6 as its IPv4 address', async () => {
    const { deps } = setup({ RATE_LIMIT_MAX: '2', TRUST_PROXY: 'loopback' });
    const status = async (xff: string) => (await post(deps, {}, '127.0.0.1', xff)).status;
    expect(await status('2001:db8:aa:bb::1')).toBe(422);
    expect(await status('2001:db8:aa:bb:1:2:3:4')).toBe(422);
    expect(await status('2001:db8:aa:bb:ffff::9')).toBe(429);
    expect(await status('2001:db8:aa:bc::1')).toBe(422);
    // The peer itself, without a proxy: a dual-stack socket reports IPv4 as mapped IPv6.
    const peer = async (address: string) => (await post(deps, {}, address)).status;
    expect([
      await peer('::ffff:10.0.0.5'),
      await peer('10.0.0.5'),
      await peer('::ffff:a00:5'),
    ]).toEqual([422, 422, 429]);
  });

  it('stops storing past the global ceiling per minute, with 503 and Retry-After', async () => {
    const { deps, store } = setup({ RATE_LIMIT_GLOBAL_MAX: '2' });
    const answers = [];
    for (let i = 1; i <= 3; i++) {
      answers.push(await post(deps, tip(issueToken('s3cret', NOW - 10_000)), `198.51.100.${i}`));
    }
    expect(answers.map((a) => a.status)).toEqual([201, 201, 503]);
    expect(Number(answers[2]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await answers[2]?.json()) as { message: string }).message).toBe(messages.busy);
    expect(store.count()).toBe(2);
  });
});

describe('a failure on our side', () => {
  it('answers 500 with the request id as the reference, and logs it', async () => {
    const { deps, token } = setup();
    deps.writer = { write: () => Promise.resolve('failed') };
    const res = await handleSubmission(
      'tip',
      new Request(`${SITE}/api/submissions/tip/`, {
        method: 'POST',
        body: JSON.stringify(tip(token)),
        headers: { origin: SITE, 'content-type': 'application/json', 'x-request-id': 'k3m9q2p7xa' },
      }),
      '203.0.113.1',
      deps,
    );
    expect(res.status).toBe(500);
    const { message } = (await res.json()) as { message: string };
    expect(message).toMatch(/^Something went wrong on our side \(reference k3m9q2p7xa\)/);
    expect(message).not.toMatch(/connection/);
  });
});
