import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const fixture = join(root, 'tests/fixtures/content');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const temps: string[] = [];

export interface FixtureBuild {
  status: number | null;
  output: string;
  /** The throw-away project: its build is in dist/. */
  dir: string;
}

/**
 * Copies the site's code and the fixture content into a throw-away project (its own .astro caches,
 * so the real build is never disturbed), lets the test change the content, and builds it.
 */
export function buildFixture(edit: (contentDir: string) => void = () => undefined): FixtureBuild {
  const dir = mkdtempSync(join(tmpdir(), 'closer-fixture-'));
  temps.push(dir);
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  edit(join(dir, 'content'));
  const run = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      CONTENT_DIR: '',
      SEARCH_INDEX: 'off',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

/** Removes every project buildFixture made (call it in afterEach or afterAll). */
export function removeFixtureBuilds(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}
