/**
 * A fixed-window counter per client address, kept in memory: enough for one server process,
 * and forgetting everything on restart is acceptable for abuse control (nothing is lost but a count).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  private readonly max: number;
  private readonly windowMs: number;

  constructor(max: number, windowMs: number) {
    this.max = max;
    this.windowMs = windowMs;
  }

  /** Counts one attempt by `key`; returns false once the key has used up its window. */
  take(key: string, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      this.sweep(now);
      return this.max >= 1;
    }
    w.count += 1;
    return w.count <= this.max;
  }

  /** Seconds until `key` may post again (for the Retry-After header). */
  retryAfterSeconds(key: string, now: number): number {
    const w = this.windows.get(key);
    return w ? Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) : 0;
  }

  // Drop expired windows now and then so that a flood of addresses cannot grow the map forever.
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, w] of this.windows)
      if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
