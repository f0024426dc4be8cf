import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHeaders } from '../../src/server/http/page-headers';

describe('per-page headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'closer-headers-'));
  const csp = (name: string) => [{ key: 'Content-Security-Policy', value: name }];
  writeFileSync(
    join(dir, '_headers.json'),
    JSON.stringify([
      { pathname: '/404', headers: csp('404') },
      { pathname: '/advice', headers: csp('advice index') },
      { pathname: '/advice/emotional-intimacy/', headers: csp('article') },
      { pathname: '/', headers: csp('home') },
    ]),
  );
  const lookup = pageHeaders(dir);

  it('gives each page its own entry, with or without the trailing slash', () => {
    expect(lookup('/')).toEqual(csp('home'));
    expect(lookup('/advice/')).toEqual(csp('advice index'));
    expect(lookup('/advice/emotional-intimacy')).toEqual(csp('article'));
    expect(lookup('/advice/emotional-intimacy/index.html')).toEqual(csp('article'));
    expect(lookup('/404.html')).toEqual(csp('404'));
  });

  it('never hands a page the headers of a page whose path merely contains it', () => {
    expect(lookup('/advice/emotional')).toBeUndefined();
    expect(lookup('/adv')).toBeUndefined();
    expect(lookup('/%E0%A4%A')).toBeUndefined();
  });

  it('works without a headers file', () => {
    expect(pageHeaders(join(dir, 'missing'))('/')).toBeUndefined();
  });
});
