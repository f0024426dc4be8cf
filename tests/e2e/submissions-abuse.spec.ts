import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { issueToken } from '../../src/server/submissions/token.ts';
import { freshToken, postTip, uniqueTip } from './support/post.ts';
import { startServer } from './support/submission-server.ts';

// The rules cannot be got around by timing, restarts, a public secret, or proxies and address
// tricks. Each case runs against the real server process.

test('one time-trap token carries one post, even when twelve arrive together', async () => {
  const server = await startServer({ RATE_LIMIT_MAX: '100' });
  try {
    const token = freshToken();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => postTip(server.url, uniqueTip({ token }))),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(server.rows()).toBe(1);
    // The others were told to reload (a new token), not that something broke.
    for (const a of answers.filter((x) => x.status !== 201)) expect(a.status).toBe(400);
  } finally {
    await server.stop();
  }
});

test('a token that carried a post stays used after a restart', async () => {
  const first = await startServer();
  const token = freshToken();
  expect((await postTip(first.url, uniqueTip({ token }))).status).toBe(201);
  await first.stop();
  const second = await startServer({}, first.dataDir);
  try {
    const replay = await postTip(second.url, uniqueTip({ token }));
    expect(replay.status).toBe(400);
    expect(second.rows()).toBe(1);
  } finally {
    await second.stop();
  }
});

test('without SUBMISSION_SECRET, a random secret is kept in the data folder and the old public one signs nothing', async () => {
  const server = await startServer({ SUBMISSION_SECRET: '' });
  try {
    const publicDefault = issueToken('closer-dev-secret-change-me', Date.now() - 5_000);
    const forged = await postTip(server.url, uniqueTip({ token: publicDefault }));
    expect(forged.status).toBe(400);
    expect(server.rows()).toBe(0);
    const file = join(server.dataDir, 'submission-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(server.output()).toMatch(/secret[^\n]*submission-secret/i);
    // Tokens the server issues itself still work.
    const { token } = (await (await fetch(`${server.url}/api/submissions/token/`)).json()) as {
      token: string;
    };
    await new Promise((r) => setTimeout(r, 3_100));
    expect((await postTip(server.url, uniqueTip({ token }))).status).toBe(201);
  } finally {
    await server.stop();
  }
});

test('addresses inside one IPv6 /64 share a rate limit, and IPv4-mapped IPv6 counts as IPv4', async () => {
  const server = await startServer({ TRUST_PROXY: 'loopback', RATE_LIMIT_MAX: '3' });
  try {
    const from = (address: string) =>
      postTip(server.url, uniqueTip(), { 'x-forwarded-for': address });
    const rotating = [
      '2001:db8:1:2::1',
      '2001:db8:1:2::2',
      '2001:db8:1:2:aaaa::3',
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
    ];
    const v6 = [];
    for (const address of rotating) v6.push((await from(address)).status);
    expect(v6).toEqual([201, 201, 201, 429]);
    // Another /64 is another network.
    expect((await from('2001:db8:1:3::1')).status).toBe(201);

    const mapped = [];
    for (const address of ['10.7.7.7', '::ffff:10.7.7.7', '10.7.7.7', '::ffff:a07:707'])
      mapped.push((await from(address)).status);
    expect(mapped).toEqual([201, 201, 201, 429]);
  } finally {
    await server.stop();
  }
});

test('a global ceiling per minute protects the disk when many addresses post at once', async () => {
  const server = await startServer({ TRUST_PROXY: 'loopback', RATE_LIMIT_GLOBAL_MAX: '5' });
  try {
    const statuses = [];
    for (let i = 1; i <= 7; i++) {
      const res = await postTip(server.url, uniqueTip(), { 'x-forwarded-for': `198.51.100.${i}` });
      statuses.push(res.status);
      if (res.status === 503) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 503, 503]);
    expect(server.rows()).toBe(5);
  } finally {
    await server.stop();
  }
});
