import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/submissions/config';
import { resolveSecret, SECRET_FILE } from '../../../src/server/submissions/secret';
import { tempDir } from './helpers';

describe('the time-trap secret', () => {
  it('has no public default: without SUBMISSION_SECRET the config holds none', () => {
    expect(readConfig({}).secret).toBeUndefined();
    expect(readConfig({ SUBMISSION_SECRET: '  ' }).secret).toBeUndefined();
  });

  it('is made at random on first start, kept in DATA_DIR with mode 0600, and reused', () => {
    const dir = tempDir();
    const first = resolveSecret(undefined, dir);
    const file = join(dir, SECRET_FILE);
    expect(first.secret).toMatch(/^[\w-]{43}$/);
    expect(first.source).toContain('generated');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = resolveSecret(undefined, dir);
    expect(again.secret).toBe(first.secret);
    expect(again.source).toBe(`from ${file}`);
    expect(resolveSecret(undefined, tempDir()).secret).not.toBe(first.secret);
  });

  it('prefers SUBMISSION_SECRET, tightens a readable file, and refuses an empty one', () => {
    const dir = tempDir();
    expect(resolveSecret('from-env', dir)).toEqual({
      secret: 'from-env',
      source: 'from SUBMISSION_SECRET',
    });
    const file = join(dir, SECRET_FILE);
    writeFileSync(file, 'x'.repeat(40));
    chmodSync(file, 0o644);
    expect(resolveSecret(undefined, dir).secret).toBe('x'.repeat(40));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, '\n');
    expect(() => resolveSecret(undefined, dir)).toThrow(/delete it/);
    expect(readFileSync(file, 'utf8')).toBe('\n');
  });
});
