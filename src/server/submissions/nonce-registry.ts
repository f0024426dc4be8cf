/**
 * The in-process half of "one token, one post". A post reserves its token's nonce synchronously,
 * before its first `await`, so that posts arriving together with the same token cannot all pass
 * the check; the nonce is released when the post is refused, and marked used once it is stored.
 * The lasting half is the `used_tokens` table (see write-batch.ts), which survives a restart.
 */
export class NonceRegistry {
  private readonly pending = new Set<string>();
  private readonly used = new Map<string, number>();

  private readonly ttlMs: number;

  /** @param ttlMs how long a used nonce is remembered: the token's maximum age. */
  constructor(ttlMs: number) {
    this.ttlMs = ttlMs;
  }

  /** Claims `nonce` for one post; false when another post holds it or it has been used. */
  reserve(nonce: string, now: number): boolean {
    const expires = this.used.get(nonce);
    if (this.pending.has(nonce) || (expires !== undefined && expires > now)) return false;
    this.pending.add(nonce);
    return true;
  }

  /** Gives a reserved nonce back: its post was refused, so the token may be used again. */
  release(nonce: string): void {
    this.pending.delete(nonce);
  }

  /** Records that the nonce carried a stored post. */
  markUsed(nonce: string, now: number): void {
    this.pending.delete(nonce);
    this.used.set(nonce, now + this.ttlMs);
    if (this.used.size % 1000 === 0) {
      for (const [n, expires] of this.used) if (expires <= now) this.used.delete(n);
    }
  }
}
