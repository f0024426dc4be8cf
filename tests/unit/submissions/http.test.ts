import { describe, expect, it } from 'vitest';
import { handleSubmission } from '../../../src/server/submissions/http';
import { messages } from '../../../src/server/submissions/messages';
import { issueToken } from '../../../src/server/submissions/token';
import { NOW, serviceSetup as setup, SITE } from './helpers';

function post(body: string, headers: Record<string, string> = {}) {
  return new Request(`${SITE}/api/submissions/tip/`, {
    method: 'POST',
    body,
    headers: {
      origin: SITE,
      'content-type': 'application/json',
      accept: 'application/json',
      ...headers,
    },
  });
}

const goodTip = (token: string) => ({
  article: 'emotional-intimacy',
  kind: 'text',
  text: 'Ask one curious question each evening.',
  consent: true,
  token,
});

describe('handleSubmission', () => {
  it('stores a good tip and answers 201 with a reference code', async () => {
    const { deps, store, token } = setup();
    const res = await handleSubmission(
      'tip',
      post(JSON.stringify(goodTip(token))),
      '203.0.113.1',
      deps,
    );
    const json = (await res.json()) as { ref: string; ok: boolean };
    expect(res.status).toBe(201);
    expect(json.ok).toBe(true);
    expect(store.get(json.ref)).toMatchObject({
      status: 'pending',
      body: 'Ask one curious question each evening.',
    });
  });

  it('refuses a replayed token after it carried a post', async () => {
    const { deps, store, token } = setup();
    await handleSubmission('tip', post(JSON.stringify(goodTip(token))), '203.0.113.1', deps);
    const again = { ...goodTip(token), text: 'A completely different tip of decent length.' };
    const res = await handleSubmission('tip', post(JSON.stringify(again)), '203.0.113.1', deps);
    expect(res.status).toBe(400);
    expect(store.count()).toBe(1);
  });

  it('holds a link-heavy post instead of refusing it', async () => {
    const { deps, store, token } = setup();
    const text = 'Read https://a.example https://b.example https://c.example together.';
    const res = await handleSubmission(
      'tip',
      post(JSON.stringify({ ...goodTip(token), text })),
      '203.0.113.1',
      deps,
    );
    const { ref } = (await res.json()) as { ref: string };
    expect(store.get(ref)?.holdReason).toBe('3 links');
  });

  it.each([
    ['a foreign origin', {}, { origin: 'https://evil.example' }, 403, messages.origin],
    ['a wrong content type', {}, { 'content-type': 'text/plain' }, 415, messages.contentType],
    ['a filled honeypot', { website: 'http://spam.example' }, {}, 400, messages.notVerified],
    ['an unknown article', { article: 'no-such-article' }, {}, 422, messages.invalid],
  ])('refuses %s and stores nothing', async (_name, extra, headers, status, message) => {
    const { deps, store, token } = setup();
    const res = await handleSubmission(
      'tip',
      post(JSON.stringify({ ...goodTip(token), ...extra }), headers),
      '203.0.113.1',
      deps,
    );
    expect(res.status).toBe(status);
    expect(((await res.json()) as { message: string }).message).toBe(message);
    expect(store.count()).toBe(0);
  });

  it('refuses a body over the limit with 413', async () => {
    const { deps, token } = setup({ MAX_BODY_BYTES: '1000' });
    const res = await handleSubmission(
      'tip',
      post(JSON.stringify({ ...goodTip(token), text: 'x'.repeat(5000) })),
      '1.1.1.1',
      deps,
    );
    expect(res.status).toBe(413);
  });

  it('rate-limits per client address, trusting X-Forwarded-For only from a configured proxy', async () => {
    const { deps } = setup({ RATE_LIMIT_MAX: '1', TRUST_PROXY: 'loopback' });
    const send = (peer: string, xff?: string) =>
      handleSubmission('tip', post('{}', xff ? { 'x-forwarded-for': xff } : {}), peer, deps).then(
        (r) => r.status,
      );
    expect(await send('127.0.0.1', '198.51.100.1')).toBe(422);
    expect(await send('127.0.0.1', '198.51.100.1')).toBe(429);
    expect(await send('127.0.0.1', '198.51.100.2')).toBe(422);
    // Not a trusted proxy: the header is ignored, so the peer's own address is limited.
    expect(await send('203.0.113.7', '198.51.100.3')).toBe(422);
    expect(await send('203.0.113.7', '198.51.100.4')).toBe(429);
  });

  it('answers a plain form post with a redirect to the confirmation page', async () => {
    const { deps, token } = setup();
    const body = new URLSearchParams({
      article: 'emotional-intimacy',
      kind: 'text',
      text: 'Plan one small surprise each week.',
      consent: 'on',
      token,
    });
    const res = await handleSubmission(
      'tip',
      post(body.toString(), {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      }),
      '1.1.1.1',
      deps,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/thanks\/\?ref=T-/);
  });

  it('answers a refused plain form post with an escaped page', async () => {
    const { deps, token } = setup();
    const body = new URLSearchParams({
      article: 'emotional-intimacy',
      kind: 'text',
      text: '<script>x</script> long enough text',
      consent: 'on',
      token,
    });
    const res = await handleSubmission(
      'tip',
      post(body.toString(), {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      }),
      '1.1.1.1',
      deps,
    );
    const html = await res.text();
    expect(res.status).toBe(422);
    expect(html).toContain('Your tip: must be plain text, without HTML tags');
    expect(html).not.toContain('<script>');
  });
});

describe('plain form post without JavaScript', () => {
  const formPost = (fields: Record<string, string>) =>
    post(new URLSearchParams(fields).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
    });

  it('gets a "check and send" page with a fresh token instead of a refusal, and stores nothing yet', async () => {
    const { deps, store } = setup();
    const fields = {
      article: 'emotional-intimacy',
      kind: 'text',
      text: 'Say "thank you" for small things.',
      consent: 'on',
    };
    const res = await handleSubmission('tip', formPost(fields), '1.1.1.1', deps);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Check and send your tip');
    expect(html).toContain('value="Say &quot;thank you&quot; for small things."');
    expect(html).toMatch(/name="token" value="\d+\.[\w-]+\.[\w-]+"/);
    expect(store.count()).toBe(0);
  });

  it('is refused straight away when the fields are wrong', async () => {
    const { deps } = setup();
    const res = await handleSubmission(
      'tip',
      formPost({ article: 'emotional-intimacy', kind: 'text', text: 'short' }),
      '1.1.1.1',
      deps,
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('too short');
  });
});

describe('order of checks', () => {
  it('reports field problems before the time trap, so a hasty reader learns what to fix', async () => {
    const { deps, store } = setup();
    const young = issueToken('s3cret', NOW);
    const bad = await handleSubmission(
      'tip',
      post(JSON.stringify({ ...goodTip(young), text: 'short' })),
      '1.1.1.1',
      deps,
    );
    expect(bad.status).toBe(422);
    const good = await handleSubmission(
      'tip',
      post(JSON.stringify(goodTip(young))),
      '1.1.1.1',
      deps,
    );
    expect([good.status, ((await good.json()) as { message: string }).message]).toEqual([
      400,
      messages.tooFast,
    ]);
    expect(store.count()).toBe(0);
  });
});
