/**
 * Remembers the time-trap tokens that have already carried an accepted post, until they would
 * have expired anyway, so one token cannot be replayed to post many times.
 */
export class NonceRegistry {
  private readonly used = new Map<string, number>();

  private readonly ttlMs: number;

  constructor(ttlMs: number) {
    this.ttlMs = ttlMs;
  }

  has(nonce: string, now: number): boolean {
    const expires = this.used.get(nonce);
    return expires !== undefined && expires > now;
  }

  add(nonce: string, now: number): void {
    this.used.set(nonce, now + this.ttlMs);
    if (this.used.size % 1000 === 0) {
      for (const [n, expires] of this.used) if (expires <= now) this.used.delete(n);
    }
  }
}
