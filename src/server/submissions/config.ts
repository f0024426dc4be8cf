/**
 * Runtime settings for the submission service, read once from the environment.
 * Every value has a safe default so `npm start` works on a fresh clone. Without SUBMISSION_SECRET
 * the server generates a random secret and keeps it in DATA_DIR (see secret.ts): there is no
 * public default that could sign a token.
 */
export interface SubmissionConfig {
  /** Folder holding the SQLite file and the generated secret (DATA_DIR, default ./data, git-ignored). */
  dataDir: string;
  /** HMAC key for the time-trap token (SUBMISSION_SECRET); undefined: use the one kept in DATA_DIR. */
  secret: string | undefined;
  /** A token younger than this is refused: bots post instantly (TOKEN_MIN_AGE_MS, default 3 s). */
  tokenMinAgeMs: number;
  /** A token older than this is refused: stale pages get a fresh one (TOKEN_MAX_AGE_MS, default 2 h). */
  tokenMaxAgeMs: number;
  /**
   * Posts allowed per network per window (RATE_LIMIT_MAX, default 10): per IPv4 address, per IPv6
   * /64. Refused posts count too (probing is abuse), so the default leaves room for a reader who
   * corrects a few mistakes.
   */
  rateLimitMax: number;
  /** Length of the rate-limit window (RATE_LIMIT_WINDOW_MS, default 10 min). */
  rateLimitWindowMs: number;
  /**
   * Posts stored per minute across all networks (RATE_LIMIT_GLOBAL_MAX, default 60): a ceiling that
   * protects the disk when many addresses post at once. Posts over it get 503 with Retry-After.
   */
  globalMaxPerMinute: number;
  /**
   * How long a post may wait for the database write lock (WRITE_TIMEOUT_MS, default 5 s), for
   * example while a moderator's shell or a backup holds it; then it gets 503 with Retry-After.
   */
  writeTimeoutMs: number;
  /** Largest request body accepted, in bytes (MAX_BODY_BYTES, default 16 KiB). */
  maxBodyBytes: number;
  /** Posts with more links than this are stored but held for a closer look (LINK_HOLD_THRESHOLD, default 2). */
  linkHoldThreshold: number;
  /**
   * Addresses of reverse proxies whose X-Forwarded-For we believe (TRUST_PROXY: comma-separated
   * IPs, or "loopback"). Empty: forwarded headers are ignored, so a client cannot fake its address.
   */
  trustedProxies: string[];
  /** Origins allowed to post besides the site's own (ALLOWED_ORIGINS, comma-separated). */
  extraOrigins: string[];
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return Math.floor(n);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** DATA_DIR: the folder of the server's own files (default ./data, git-ignored). */
export function dataDirFrom(env: Record<string, string | undefined>): string {
  return env['DATA_DIR']?.trim() || './data';
}

/** Reads the configuration from an environment object (process.env in production, a literal in tests). */
export function readConfig(env: Record<string, string | undefined>): SubmissionConfig {
  return {
    dataDir: dataDirFrom(env),
    secret: env['SUBMISSION_SECRET']?.trim() || undefined,
    tokenMinAgeMs: int(env['TOKEN_MIN_AGE_MS'], 3_000, 'TOKEN_MIN_AGE_MS'),
    tokenMaxAgeMs: int(env['TOKEN_MAX_AGE_MS'], 2 * 60 * 60 * 1000, 'TOKEN_MAX_AGE_MS'),
    rateLimitMax: int(env['RATE_LIMIT_MAX'], 10, 'RATE_LIMIT_MAX'),
    rateLimitWindowMs: int(env['RATE_LIMIT_WINDOW_MS'], 10 * 60 * 1000, 'RATE_LIMIT_WINDOW_MS'),
    globalMaxPerMinute: int(env['RATE_LIMIT_GLOBAL_MAX'], 60, 'RATE_LIMIT_GLOBAL_MAX'),
    writeTimeoutMs: int(env['WRITE_TIMEOUT_MS'], 5_000, 'WRITE_TIMEOUT_MS'),
    maxBodyBytes: int(env['MAX_BODY_BYTES'], 16 * 1024, 'MAX_BODY_BYTES'),
    linkHoldThreshold: int(env['LINK_HOLD_THRESHOLD'], 2, 'LINK_HOLD_THRESHOLD'),
    trustedProxies: list(env['TRUST_PROXY']),
    extraOrigins: list(env['ALLOWED_ORIGINS']),
  };
}
