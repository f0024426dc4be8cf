import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPageCsp, pinPageCsp } from '../../scripts/lib/static-csp.mjs';

class FakeResponse {
  headers = new Map<string, string>();
  setHeader(name: string, value: number | string | readonly string[]) {
    this.headers.set(name.toLowerCase(), String(value));
    return this as never;
  }
}

const csp = (page: string) => [{ key: 'Content-Security-Policy', value: `csp of ${page}` }];
const dir = mkdtempSync(join(tmpdir(), 'csp-'));
writeFileSync(
  join(dir, '_headers.json'),
  JSON.stringify([
    { pathname: '/404', headers: csp('/404') },
    { pathname: '/quizzes/closeness/result/far-apart/', headers: csp('far-apart') },
    { pathname: '/quizzes/closeness/', headers: csp('closeness') },
    { pathname: '/quizzes', headers: csp('quizzes') },
    { pathname: '/', headers: csp('home') },
  ]),
);
const map = loadPageCsp(dir);

/** What the adapter does: it sets the CSP of the first entry whose path *contains* the request's. */
function served(url: string): string | undefined {
  const res = new FakeResponse();
  pinPageCsp(map, { url }, res);
  res.setHeader('Content-Security-Policy', 'csp the adapter picked by substring');
  res.setHeader('X-Other', 'kept');
  expect(res.headers.get('x-other')).toBe('kept');
  return res.headers.get('content-security-policy');
}

describe('exact page CSP', () => {
  it('gives each page its own CSP, not the first one whose path contains it', () => {
    expect(served('/')).toBe('csp of home');
    expect(served('/quizzes/closeness/')).toBe('csp of closeness');
    expect(served('/quizzes/closeness/result/far-apart/#r=x')).toBe('csp of far-apart');
    expect(served('/quizzes/')).toBe('csp of quizzes');
    expect(served('/quizzes/?utm=1')).toBe('csp of quizzes');
  });

  it('leaves unknown paths to the adapter', () => {
    expect(served('/nowhere/')).toBe('csp the adapter picked by substring');
  });

  it('reads nothing when there is no _headers.json', () => {
    expect(loadPageCsp(join(dir, 'missing')).size).toBe(0);
  });
});
