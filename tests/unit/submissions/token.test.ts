import { describe, expect, it } from 'vitest';
import { issueToken, verifyToken } from '../../../src/server/submissions/token';

const limits = { minAgeMs: 3000, maxAgeMs: 60_000 };

describe('time-trap token', () => {
  const token = issueToken('secret', 1_000_000);

  it('is accepted between the minimum and maximum age', () => {
    expect(verifyToken('secret', token, 1_005_000, limits)).toMatchObject({ ok: true });
  });
  it('is refused when too young or too old', () => {
    expect(verifyToken('secret', token, 1_001_000, limits)).toEqual({
      ok: false,
      reason: 'too-young',
    });
    expect(verifyToken('secret', token, 1_061_000, limits)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
  it('is refused when signed with another secret or altered', () => {
    expect(verifyToken('other', token, 1_005_000, limits)).toEqual({ ok: false, reason: 'forged' });
    const [, nonce, mac] = token.split('.');
    // Backdating the timestamp breaks the signature.
    expect(verifyToken('secret', `1.${nonce}.${mac}`, 1_005_000, limits)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(verifyToken('secret', 'a.b', 1_005_000, limits)).toEqual({
      ok: false,
      reason: 'forged',
    });
  });
  it('is refused when missing or not a string', () => {
    expect(verifyToken('secret', undefined, 0, limits)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyToken('secret', 42, 0, limits)).toEqual({ ok: false, reason: 'missing' });
  });
});
