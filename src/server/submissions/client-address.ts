import { isIP } from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function trusted(address: string, proxies: readonly string[]): boolean {
  return proxies.some((p) => (p === 'loopback' ? LOOPBACK.has(address) : p === address));
}

/**
 * The address a post is counted against. X-Forwarded-For is believed only when the direct peer is a
 * configured proxy; then we walk the list from the right and take the first address that is not one
 * of our proxies (the left part of the header is whatever the client chose to send).
 */
export function clientAddress(
  peer: string,
  forwardedFor: string | null,
  proxies: readonly string[],
): string {
  if (!forwardedFor || !trusted(peer, proxies)) return peer;
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter((h) => isIP(h) !== 0);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] as string;
    if (!trusted(hop, proxies)) return hop;
  }
  return peer;
}
