import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  isTrustedProxy,
  networkKey,
  normaliseAddress,
} from '../../../src/server/submissions/client-address';

describe('client addresses', () => {
  it.each([
    ['10.7.7.7', '10.7.7.7'],
    ['::ffff:10.7.7.7', '10.7.7.7'],
    ['::FFFF:a07:707', '10.7.7.7'],
    ['2001:db8::1', '2001:db8::1'],
    ['::1', '::1'],
  ])('writes %s as %s', (input, output) => {
    expect(normaliseAddress(input)).toBe(output);
  });

  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:3::', '2001:db8:1:2::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('limits %s under %s', (address, key) => {
    expect(networkKey(address)).toBe(key);
  });

  it('trusts configured proxies in either spelling, and loopback only for "loopback"', () => {
    expect(isTrustedProxy('::ffff:127.0.0.1', ['loopback'])).toBe(true);
    expect(isTrustedProxy('::1', ['loopback'])).toBe(true);
    expect(isTrustedProxy('::ffff:10.0.0.1', ['10.0.0.1'])).toBe(true);
    expect(isTrustedProxy('127.0.0.1', ['10.0.0.1'])).toBe(false);
    expect(clientAddress('::ffff:127.0.0.1', '::ffff:198.51.100.7', ['loopback'])).toBe(
      '198.51.100.7',
    );
  });
});
