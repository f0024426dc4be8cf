import { isIP } from 'node:net';

/** The 8 groups of an IPv6 address as numbers, or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase().replace(/%.*$/, '');
  // A trailing dotted IPv4 part ("::ffff:10.0.0.1") becomes two hex groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * One spelling per address: IPv4-mapped IPv6 ("::ffff:10.0.0.1", "::ffff:a00:1") becomes plain
 * IPv4, so that a dual-stack socket and a proxy's header name the same client the same way.
 */
export function normaliseAddress(address: string): string {
  const groups = ipv6Groups(address);
  if (!groups || groups.slice(0, 5).some((g) => g !== 0) || groups[5] !== 0xffff) return address;
  const [hi = 0, lo = 0] = groups.slice(6);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/**
 * The key a client is rate-limited under: an IPv4 address as it is; an IPv6 address by its /64,
 * the block one customer line gets (and can rotate through at will).
 */
export function networkKey(address: string): string {
  const plain = normaliseAddress(address);
  const groups = ipv6Groups(plain);
  if (!groups) return plain;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);

/** Whether `address` is one of the configured proxies (TRUST_PROXY; "loopback" means this machine). */
export function isTrustedProxy(address: string, proxies: readonly string[]): boolean {
  const plain = normaliseAddress(address);
  return proxies.some((p) =>
    p === 'loopback' ? LOOPBACK.has(plain) : normaliseAddress(p) === plain,
  );
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
  if (!forwardedFor || !isTrustedProxy(peer, proxies)) return normaliseAddress(peer);
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter((h) => isIP(h) !== 0);
  for (const hop of hops.toReversed()) {
    if (!isTrustedProxy(hop, proxies)) return normaliseAddress(hop);
  }
  return normaliseAddress(peer);
}
