import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { messages } from '../../src/server/submissions/messages.ts';
import { issueToken } from '../../src/server/submissions/token.ts';
import { startServer, TEST_SECRET, type TestServer } from './support/submission-server.ts';

// Every bad input is posted to a real server (built site, node adapter, SQLite): each must get its
// status and message, and no row may be added.

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer({
    TRUST_PROXY: 'loopback',
    TOKEN_MIN_AGE_MS: '1000',
    RATE_LIMIT_MAX: '5',
  });
});
test.afterAll(() => server.stop());

const ok = () => issueToken(TEST_SECRET, Date.now() - 5_000);
const tip = (extra: Record<string, unknown> = {}) => ({
  article: 'emotional-intimacy',
  kind: 'text',
  text: 'Leave a short note in the morning for your partner.',
  consent: true,
  token: ok(),
  ...extra,
});
const question = (extra: Record<string, unknown> = {}) => ({
  article: 'emotional-intimacy',
  question: 'How often should we talk about our week?',
  consent: 'on',
  token: ok(),
  ...extra,
});

/** The same good tip as a plain HTML form would send it (all strings). */
const formTip = (): Record<string, string> => ({
  article: 'emotional-intimacy',
  kind: 'text',
  text: 'Leave a short note in the morning for your partner.',
  consent: 'on',
  token: ok(),
});

let ipCounter = 0;
/** Each case comes from its own address (through the trusted loopback proxy) so the rate limit stays out of the way. */
const freshIp = () => {
  ipCounter += 1;
  return `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};

interface Case {
  name: string;
  kind?: 'tip' | 'question';
  body: string | (() => string);
  headers?: Record<string, string>;
  status: number;
  message: string;
  /** Field name and a part of its error, for 422 answers. */
  field?: [string, string];
}

const json = (value: unknown) => () => JSON.stringify(value);
const form = (value: Record<string, string>) => () => new URLSearchParams(value).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const forged = () => {
  const payload = `${Date.now() - 5000}.AAAAAAAAAAAAAAAA`;
  return `${payload}.${createHmac('sha256', 'wrong-secret').update(payload).digest('base64url')}`;
};

const cases: Case[] = [
  // Transport
  { name: 'empty body', body: '', status: 400, message: messages.unreadable },
  {
    name: 'empty JSON object',
    body: '{}',
    status: 422,
    message: messages.invalid,
    field: ['article', 'is required'],
  },
  {
    name: '1 MB body',
    body: () => JSON.stringify(tip({ text: 'x'.repeat(1024 * 1024) })),
    status: 413,
    message: messages.tooLarge,
  },
  {
    name: 'body just over 16 KiB',
    body: () => JSON.stringify(tip({ text: 'y'.repeat(16 * 1024) })),
    status: 413,
    message: messages.tooLarge,
  },
  {
    name: 'text/plain content type',
    body: json(tip()),
    headers: { 'content-type': 'text/plain' },
    status: 415,
    message: messages.contentType,
  },
  {
    name: 'multipart content type',
    body: 'x',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    status: 415,
    message: messages.contentType,
  },
  {
    name: 'XML content type',
    body: '<tip/>',
    headers: { 'content-type': 'application/xml' },
    status: 415,
    message: messages.contentType,
  },
  { name: 'truncated JSON', body: '{"article":', status: 400, message: messages.unreadable },
  {
    name: 'JSON array instead of object',
    body: '[1,2]',
    status: 400,
    message: messages.unreadable,
  },
  {
    name: 'JSON string instead of object',
    body: '"hello"',
    status: 400,
    message: messages.unreadable,
  },
  {
    name: 'foreign origin',
    body: json(tip()),
    headers: { origin: 'https://evil.example' },
    status: 403,
    message: messages.origin,
  },
  {
    name: 'no origin and no referer',
    body: json(tip()),
    headers: { origin: '' },
    status: 403,
    message: messages.origin,
  },
  {
    name: 'opaque "null" origin',
    body: json(tip()),
    headers: { origin: 'null' },
    status: 403,
    message: messages.origin,
  },
  {
    name: 'foreign referer without origin',
    body: json(tip()),
    headers: { origin: '', referer: 'https://evil.example/x' },
    status: 403,
    message: messages.origin,
  },
  // Traps
  {
    name: 'filled honeypot',
    body: json(tip({ website: 'https://spam.example' })),
    status: 400,
    message: messages.notVerified,
  },
  {
    name: 'filled honeypot (form post)',
    body: () => form({ ...formTip(), website: 'x' })(),
    headers: FORM,
    status: 400,
    message: messages.notVerified,
  },
  {
    name: 'missing token',
    body: json(tip({ token: undefined })),
    status: 400,
    message: messages.notVerified,
  },
  {
    name: 'token too young',
    body: () => JSON.stringify(tip({ token: issueToken(TEST_SECRET, Date.now()) })),
    status: 400,
    message: messages.tooFast,
  },
  {
    name: 'expired token',
    body: () => JSON.stringify(tip({ token: issueToken(TEST_SECRET, Date.now() - 3 * 3600_000) })),
    status: 400,
    message: messages.expired,
  },
  {
    name: 'token signed with another secret',
    body: () => JSON.stringify(tip({ token: forged() })),
    status: 400,
    message: messages.notVerified,
  },
  {
    name: 'token with a backdated timestamp',
    body: () => JSON.stringify(tip({ token: ok().replace(/^\d+/, '1') })),
    status: 400,
    message: messages.notVerified,
  },
  {
    name: 'garbage token',
    body: json(tip({ token: 'abc' })),
    status: 400,
    message: messages.notVerified,
  },
  {
    name: 'token of the wrong type',
    body: json(tip({ token: 12345 })),
    status: 400,
    message: messages.notVerified,
  },
  // Tip fields
  {
    name: 'empty tip text',
    body: () => JSON.stringify(tip({ text: '' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'please write your tip'],
  },
  {
    name: 'tip text of spaces only',
    body: () => JSON.stringify(tip({ text: '      ' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'please write your tip'],
  },
  {
    name: 'tip text too short',
    body: () => JSON.stringify(tip({ text: 'Be kind.' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'too short'],
  },
  {
    name: 'tip text too long',
    body: () => JSON.stringify(tip({ text: 'z'.repeat(1001) })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'too long'],
  },
  {
    name: 'tip text as a number',
    body: () => JSON.stringify(tip({ text: 1234567890123 })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'must be text'],
  },
  {
    name: 'tip text as an object',
    body: () => JSON.stringify(tip({ text: { $gt: '' } })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'must be text'],
  },
  {
    name: 'no consent',
    body: () => JSON.stringify(tip({ consent: undefined })),
    status: 422,
    message: messages.invalid,
    field: ['consent', 'agree'],
  },
  {
    name: 'consent "no"',
    body: () => JSON.stringify(tip({ consent: 'no' })),
    status: 422,
    message: messages.invalid,
    field: ['consent', 'agree'],
  },
  {
    name: 'unknown kind',
    body: () => JSON.stringify(tip({ kind: 'audio' })),
    status: 422,
    message: messages.invalid,
    field: ['kind', '"text" or "video"'],
  },
  {
    name: 'missing article',
    body: () => JSON.stringify(tip({ article: undefined })),
    status: 422,
    message: messages.invalid,
    field: ['article', 'is required'],
  },
  {
    name: 'SQL-looking article',
    body: () => JSON.stringify(tip({ article: "x' OR 1=1 --" })),
    status: 422,
    message: messages.invalid,
    field: ['article', 'not a known article'],
  },
  {
    name: 'article that does not exist',
    body: () => JSON.stringify(tip({ article: 'no-such-article' })),
    status: 422,
    message: messages.invalid,
    field: ['article', 'not a known article'],
  },
  {
    name: 'extra field',
    body: () => JSON.stringify(tip({ status: 'approved' })),
    status: 422,
    message: messages.invalid,
    field: ['form', 'unexpected field: status'],
  },
  {
    name: 'script tag in the tip',
    body: () => JSON.stringify(tip({ text: 'Nice <script>alert(1)</script> tip text here' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'without HTML tags'],
  },
  {
    name: 'image tag with onerror',
    body: () => JSON.stringify(tip({ text: 'Look <img src=x onerror=alert(1)> at this one' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'without HTML tags'],
  },
  {
    name: 'javascript: link in the tip',
    body: () => JSON.stringify(tip({ text: 'Click javascript:alert(document.cookie) now please' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'script links'],
  },
  {
    name: 'javascript: video link',
    body: () =>
      JSON.stringify(tip({ kind: 'video', text: undefined, videoUrl: 'javascript:alert(1)' })),
    status: 422,
    message: messages.invalid,
    field: ['videoUrl', 'YouTube, Vimeo or TED'],
  },
  {
    name: 'video on another host',
    body: () =>
      JSON.stringify(
        tip({
          kind: 'video',
          text: undefined,
          videoUrl: 'https://www.dailymotion.com/video/x7tgad0',
        }),
      ),
    status: 422,
    message: messages.invalid,
    field: ['videoUrl', 'YouTube, Vimeo or TED'],
  },
  {
    name: 'look-alike video host',
    body: () =>
      JSON.stringify(
        tip({
          kind: 'video',
          text: undefined,
          videoUrl: 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
        }),
      ),
    status: 422,
    message: messages.invalid,
    field: ['videoUrl', 'YouTube, Vimeo or TED'],
  },
  {
    name: 'video tip without a link',
    body: () => JSON.stringify(tip({ kind: 'video', text: undefined })),
    status: 422,
    message: messages.invalid,
    field: ['videoUrl', 'paste the video link'],
  },
  {
    name: 'control characters',
    body: () => JSON.stringify(tip({ text: 'Hello\u0000world, this is a tip\u0007 ok' })),
    status: 422,
    message: messages.invalid,
    field: ['text', 'control characters'],
  },
  {
    name: 'bidi override in the name',
    body: () => JSON.stringify(tip({ name: 'Sam\u202Eevil' })),
    status: 422,
    message: messages.invalid,
    field: ['name', 'control characters'],
  },
  {
    name: 'name too long',
    body: () => JSON.stringify(tip({ name: 'n'.repeat(61) })),
    status: 422,
    message: messages.invalid,
    field: ['name', 'too long'],
  },
  {
    name: 'HTML in the name',
    body: () => JSON.stringify(tip({ name: '<b>Sam</b>' })),
    status: 422,
    message: messages.invalid,
    field: ['name', 'without HTML tags'],
  },
  {
    name: 'invalid email',
    body: () => JSON.stringify(tip({ email: 'not-an-email' })),
    status: 422,
    message: messages.invalid,
    field: ['email', 'email address'],
  },
  {
    name: 'SQL-looking email',
    body: () => JSON.stringify(tip({ email: "a@b.example'; DROP TABLE submissions;--" })),
    status: 422,
    message: messages.invalid,
    field: ['email', 'email address'],
  },
  {
    name: 'field sent twice (form post)',
    body: () => `${form(formTip())()}&email=a@b.example&email=c@d.example`,
    headers: FORM,
    status: 422,
    message: messages.invalid,
    field: ['email', 'must be text'],
  },
  // Question fields
  {
    name: 'question missing',
    kind: 'question',
    body: () => JSON.stringify(question({ question: undefined })),
    status: 422,
    message: messages.invalid,
    field: ['question', 'is required'],
  },
  {
    name: 'question too short',
    kind: 'question',
    body: () => JSON.stringify(question({ question: 'Why?' })),
    status: 422,
    message: messages.invalid,
    field: ['question', 'too short'],
  },
  {
    name: 'question too long',
    kind: 'question',
    body: () => JSON.stringify(question({ question: 'q'.repeat(301) })),
    status: 422,
    message: messages.invalid,
    field: ['question', 'too long'],
  },
  {
    name: 'script tag in the question',
    kind: 'question',
    body: () => JSON.stringify(question({ question: 'Is <script src=//x.example></script> ok?' })),
    status: 422,
    message: messages.invalid,
    field: ['question', 'without HTML tags'],
  },
  {
    name: 'context too long',
    kind: 'question',
    body: () => JSON.stringify(question({ context: 'c'.repeat(2001) })),
    status: 422,
    message: messages.invalid,
    field: ['context', 'too long'],
  },
  {
    name: 'question about an unknown article',
    kind: 'question',
    body: () => JSON.stringify(question({ article: 'missing-article' })),
    status: 422,
    message: messages.invalid,
    field: ['article', 'not a known article'],
  },
  {
    name: 'question with a tip field',
    kind: 'question',
    body: () => JSON.stringify(question({ videoUrl: 'https://vimeo.com/1234567' })),
    status: 422,
    message: messages.invalid,
    field: ['form', 'unexpected field: videoUrl'],
  },
];

async function send(c: Pick<Case, 'kind' | 'body' | 'headers'>, ip: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    origin: server.url,
    'x-forwarded-for': ip,
    ...c.headers,
  };
  // An empty value in a case means "leave this header out".
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
  const res = await fetch(`${server.url}/api/submissions/${c.kind ?? 'tip'}/`, {
    method: 'POST',
    headers: sent,
    body: typeof c.body === 'function' ? c.body() : c.body,
  });
  const text = await res.text();
  return {
    res,
    body: JSON.parse(text) as {
      ok: boolean;
      message: string;
      ref?: string;
      errors?: Record<string, string>;
    },
  };
}

test('the table has at least 40 bad inputs', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

for (const c of cases) {
  test(`refuses ${c.name}`, async () => {
    const before = server.rows();
    const { res, body } = await send(c, freshIp());
    expect(res.status).toBe(c.status);
    expect(body.message).toBe(c.message);
    expect(body.ok).toBe(false);
    if (c.field) expect(body.errors?.[c.field[0]]).toContain(c.field[1]);
    expect(server.rows()).toBe(before);
  });
}

test('refuses repeated posts past the rate limit (5 per window) with 429 and Retry-After', async () => {
  const ip = freshIp();
  const before = server.rows();
  const statuses: number[] = [];
  let last: Awaited<ReturnType<typeof send>> | undefined;
  for (let i = 0; i < 6; i += 1) {
    last = await send({ body: json(tip({ text: '' })) }, ip);
    statuses.push(last.res.status);
  }
  expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
  expect(last?.body.message).toBe(messages.rateLimited);
  expect(Number(last?.res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(server.rows()).toBe(before);
});

test('accepts a good tip, keeps SQL-looking text as text, then refuses the same tip again and a replayed token', async () => {
  const before = server.rows();
  const token = ok();
  const text = "Robert'); DROP TABLE submissions;-- is how my partner signs notes.";
  const first = await send({ body: json(tip({ text, token })) }, freshIp());
  expect(first.res.status).toBe(201);
  expect(first.body.ref).toMatch(/^T-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(server.rows()).toBe(before + 1);

  const again = await send({ body: json(tip({ text: `${text.toUpperCase()}!!` })) }, freshIp());
  expect([again.res.status, again.body.message]).toEqual([409, messages.duplicate]);
  const replay = await send(
    { body: json(tip({ text: 'A different tip, same old token.', token })) },
    freshIp(),
  );
  expect([replay.res.status, replay.body.message]).toEqual([400, messages.expired]);
  expect(server.rows()).toBe(before + 1);
});
