import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** A production server of our own (own port, own database), for tests that post or kill it. */
export interface TestServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Rows in the submissions table, read straight from the database file. */
  rows(): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const TEST_SECRET = 'test-secret-for-e2e';

/** Starts `scripts/serve.mjs` on a free port and resolves once it listens. */
export function startServer(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'closer-e2e-'));
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/serve.mjs'],
    {
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dir,
        SUBMISSION_SECRET: TEST_SECRET,
        ASTRO_NODE_LOGGING: 'disabled',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    process.stderr.write(chunk);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1].replace(/\/$/, ''),
        dataDir: dir,
        process: child,
        output: () => out,
        rows() {
          // The server opens its database on the first post; before that there are no rows.
          if (!existsSync(join(dir, 'submissions.sqlite'))) return 0;
          const db = new DatabaseSync(join(dir, 'submissions.sqlite'), { readOnly: true });
          try {
            return (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n;
          } finally {
            db.close();
          }
        },
        stop(signal = 'SIGTERM') {
          return new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              done();
              return;
            }
            child.once('exit', () => done());
            child.kill(signal);
          });
        },
      });
    });
  });
}
