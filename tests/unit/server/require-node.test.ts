import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeProblem } from '../../../scripts/lib/require-node.mjs';

// The server on the wrong Node (issue 11, item 9). Any older Node found on the machine is tried
// too: on this team's machines /usr/bin/node is Node 20, without node:sqlite.
const older = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  if (!existsSync(path)) return false;
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' });
  return Number(/^v(\d+)/.exec(version)?.[1]) < 22;
});

describe('the Node the server needs', () => {
  it('has no complaint about this Node', async () => {
    expect(await nodeProblem()).toBeUndefined();
  });

  it.skipIf(!older)('refuses to start on an older Node, naming the version it needs', () => {
    const run = spawnSync(older!, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^Closer server starting on Node v\d+\./);
    expect(run.stderr).toMatch(/needs Node >=22\.\d+\.\d+; this is Node v\d+/);
    expect(run.stderr).toContain('node:sqlite');
  });
});
