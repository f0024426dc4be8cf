import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const fixture = join(root, 'tests/fixtures/content');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const copies: string[] = [];

/**
 * A throw-away copy of the site's code with the fixture content, and caches of its own (Astro's
 * data store, the OG card cache), so that a test build never disturbs the real one.
 */
export function copySite(): { dir: string; content: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'closer-site-'));
  copies.push(dir);
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  return { dir, content: join(dir, 'content'), cache: join(dir, 'cache') };
}

/** Builds a copy made by copySite (`args` go to `astro build`); the status and everything it printed. */
export function buildSite(dir: string, env: Record<string, string> = {}, args: string[] = []) {
  const run = spawnSync(process.execPath, [astroBin, 'build', ...args], {
    cwd: dir,
    env: {
      ...process.env,
      CONTENT_DIR: '',
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Edits a file of a copy; throws when the edit did not apply, so a test never passes by accident. */
export function replaceIn(file: string, from: string | RegExp, to: string) {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, after);
}

/** Removes every copy made so far (call in afterEach). */
export function removeCopies() {
  for (const d of copies.splice(0)) rmSync(d, { recursive: true, force: true });
}
