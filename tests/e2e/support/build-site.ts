import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A private copy of content/ so a test can approve items without touching the repository. */
export function copyContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'closer-content-')), 'content');
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Builds the site from `contentDir` into a fresh folder (not dist/, which other specs are serving). */
export function buildSite(contentDir: string): string {
  // Inside the project (test-results/ is ignored everywhere) so the server bundle finds node_modules.
  mkdirSync('test-results', { recursive: true });
  const outDir = join(mkdtempSync(join('test-results', 'closer-dist-')), 'dist');
  execFileSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    },
  );
  return resolve(outDir);
}

/** Runs `npm run moderate` (the script it calls, on this Node) and returns its JSON answer. */
export function moderate(
  env: { DATA_DIR: string; CONTENT_DIR: string },
  ...args: string[]
): unknown {
  const out = execFileSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/moderate.ts', ...args, '--json'],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  return JSON.parse(out) as unknown;
}
