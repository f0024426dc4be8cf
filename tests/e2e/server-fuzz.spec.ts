import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from './support/submission-server.ts';

// A small, bounded fuzz of methods, paths and encodings against the real server on loopback,
// written as raw bytes so that nothing is tidied up by an HTTP client on the way. Every answer
// must be an HTTP status line, and the server must still be up and serving at the end.

let server: TestServer;
test.beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_MAX: '100000' });
});
test.afterAll(() => server.stop());

const METHODS = [
  'GET', 'HEAD', 'POST', 'OPTIONS', 'TRACE', 'TRACK', 'CONNECT', 'PUT', 'DELETE', 'PATCH',
  'PROPFIND', 'MKCOL', 'M-SEARCH', 'QUERY', 'get', 'FOO', 'G\u00c9T',
]; // prettier-ignore

const PATHS = [
  '/', '*', '/advice/emotional-intimacy/', '/advice/emotional-intimacy', '/api/submissions/tip/',
  '/api/submissions/token/', '/%', '/%E0%A4%A', '/%00/', '/..%2f..%2fpackage.json',
  '/_astro/../../package.json', '//advice//', '/?q=%ff%fe', `/${'a'.repeat(6000)}/`,
  '/pagefind/pagefind.js', '/healthz', '/404.html', 'http://evil.example/',
]; // prettier-ignore

const HEADER_SETS = [
  '',
  'Accept-Encoding: br;q=abc, gzip;q=2, *;q=0\r\nRange: bytes=-1,0-0,999999-\r\n',
  'Content-Type: application/json; charset=utf-7\r\nContent-Length: 3\r\nOrigin: null\r\n\r\n{"a',
  'Transfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nzz\r\n',
  'X-Forwarded-For: \u00ff\u00fe, ::ffff:not-an-ip\r\nIf-None-Match: *\r\nAccept: */*;q=\r\n',
];

/** Sends raw bytes and resolves with the first line of the answer ('' if the socket closed silently). */
function exchange(bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const url = new URL(server.url);
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    const done = () => {
      socket.destroy();
      resolve(received.split('\r\n')[0] ?? '');
    };
    socket.setTimeout(5_000, done);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    // write, not end: a half-closed request is dropped by Node by design (httpAllowHalfOpen)
    socket.write(Buffer.from(bytes, 'latin1'));
  });
}

test('every odd request gets an HTTP status, and the server is still up afterwards', async () => {
  test.setTimeout(120_000);
  const requests = METHODS.flatMap((method) =>
    PATHS.flatMap((path) =>
      HEADER_SETS.map((extra) => {
        const headers = extra.includes('\r\n\r\n') ? extra : `${extra}\r\n`;
        return `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}`;
      }),
    ),
  );
  const answers: string[] = new Array<string>(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < requests.length) {
        const i = next++;
        answers[i] = await exchange(requests[i]!);
      }
    }),
  );
  const bad = answers
    .map((line, i) => ({ line, request: requests[i]!.split('\r\n')[0] }))
    .filter(({ line }) => !/^HTTP\/1\.[01] [1-5]\d\d\b/.test(line));
  expect(bad).toEqual([]);
  // A crash shows up as a status the server never meant: 500s point at an unguarded path.
  const errors = answers.filter((line) => line.includes(' 500 '));
  expect(errors).toEqual([]);
  expect(requests.length).toBeGreaterThan(1000);
  expect(server.process.exitCode).toBeNull();
  expect((await fetch(`${server.url}/`)).status).toBe(200);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});
