import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The time trap: the form fetches a signed token when it appears and sends it back with the post.
 * A post that comes back too fast (a bot filling the form at once) or too late (a replayed page)
 * is refused. The token is `<issuedAtMs>.<nonce>.<hmac>`; nothing is stored to issue it.
 */
export type TokenVerdict =
  | { ok: true; nonce: string }
  | { ok: false; reason: 'missing' | 'forged' | 'too-young' | 'expired' };

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Issues a token stamped with `now`. */
export function issueToken(secret: string, now: number): string {
  const payload = `${now}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** Checks a token's signature and age. */
export function verifyToken(
  secret: string,
  token: unknown,
  now: number,
  limits: { minAgeMs: number; maxAgeMs: number },
): TokenVerdict {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  const parts = token.split('.');
  if (parts.length !== 3 || token.length > 200) return { ok: false, reason: 'forged' };
  const [issued, nonce, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${issued}.${nonce}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' };
  const age = now - Number(issued);
  if (!Number.isFinite(age)) return { ok: false, reason: 'forged' };
  if (age < limits.minAgeMs) return { ok: false, reason: 'too-young' };
  if (age > limits.maxAgeMs) return { ok: false, reason: 'expired' };
  return { ok: true, nonce };
}
