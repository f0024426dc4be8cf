import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File in DATA_DIR that keeps the generated time-trap secret when SUBMISSION_SECRET is not set. */
export const SECRET_FILE = 'submission-secret';

/** The secret and a sentence saying where it came from (printed once at start-up). */
export interface ResolvedSecret {
  secret: string;
  source: string;
}

/**
 * The HMAC key for time-trap tokens: SUBMISSION_SECRET when set; otherwise a random secret made
 * on first start and kept in DATA_DIR (mode 0600), so tokens survive a restart and nobody can sign
 * one with a value printed in a public repository.
 */
export function resolveSecret(fromEnv: string | undefined, dataDir: string): ResolvedSecret {
  if (fromEnv) return { secret: fromEnv, source: 'from SUBMISSION_SECRET' };
  const file = join(dataDir, SECRET_FILE);
  try {
    // "wx": never overwrite; if two processes start at once, the second reads the first one's.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    return { secret: readSecret(file), source: `generated and kept in ${file} (mode 0600)` };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { secret: readSecret(file), source: `from ${file}` };
}

function readSecret(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) {
    throw new Error(`${file} holds no usable secret; delete it and a new one is made on start.`);
  }
  return secret;
}
