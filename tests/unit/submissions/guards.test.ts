import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../src/server/submissions/client-address';
import { originAllowed } from '../../../src/server/submissions/origin';
import { RateLimiter } from '../../../src/server/submissions/rate-limit';
import { isReferenceCode, referenceCode } from '../../../src/lib/reference-code';
import { readConfig } from '../../../src/server/submissions/config';

describe('RateLimiter', () => {
  it('allows max posts per window per key, then refuses until the window ends', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.take('b', 20)).toBe(true);
    expect(limiter.retryAfterSeconds('a', 20)).toBe(1);
    expect(limiter.take('a', 1000)).toBe(true);
  });
});

describe('clientAddress', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '198.51.100.1', ['10.0.0.1'])).toBe('203.0.113.9');
  });
  it('takes the rightmost untrusted hop behind a trusted proxy', () => {
    expect(clientAddress('127.0.0.1', 'spoofed, 198.51.100.1', ['loopback'])).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.1', '198.51.100.1, 10.0.0.2', ['10.0.0.1', '10.0.0.2'])).toBe(
      '198.51.100.1',
    );
  });
});

describe('originAllowed', () => {
  const allowed = ['https://closer.example', 'http://127.0.0.1:4321'];
  it('accepts the site origin from Origin or, failing that, Referer', () => {
    expect(originAllowed('https://closer.example', null, allowed)).toBe(true);
    expect(originAllowed(null, 'http://127.0.0.1:4321/advice/x/', allowed)).toBe(true);
  });
  it('refuses foreign, opaque and missing origins', () => {
    expect(originAllowed('https://evil.example', null, allowed)).toBe(false);
    expect(originAllowed('null', null, allowed)).toBe(false);
    expect(originAllowed(null, null, allowed)).toBe(false);
    expect(originAllowed('not a url', null, allowed)).toBe(false);
  });
});

describe('referenceCode', () => {
  it('makes readable, distinct codes with a kind prefix', () => {
    const codes = new Set(Array.from({ length: 200 }, () => referenceCode('tip')));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(isReferenceCode(c) && c.startsWith('T-')).toBe(true);
    expect(referenceCode('question').startsWith('Q-')).toBe(true);
  });
});

describe('readConfig', () => {
  it('has working defaults and reads overrides', () => {
    const defaults = readConfig({});
    expect(defaults).toMatchObject({ dataDir: './data', rateLimitMax: 10, trustedProxies: [] });
    expect(readConfig({ RATE_LIMIT_MAX: '100', TRUST_PROXY: 'loopback, 10.0.0.1' })).toMatchObject({
      rateLimitMax: 100,
      trustedProxies: ['loopback', '10.0.0.1'],
    });
  });
  it('names a bad value', () => {
    expect(() => readConfig({ RATE_LIMIT_MAX: 'lots' })).toThrow(/RATE_LIMIT_MAX/);
  });
});
