// Starts the production server (`npm run serve`) for scripts that need the built site over HTTP.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on now: benchmarks run beside other sessions' servers on this machine. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer({ port } = {}) {
  port ??= await freePort();
  const child = spawn('npm', ['run', 'serve'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/** The folder that holds the built pages: dist/client when an adapter splits the output, else dist. */
export async function staticDir(root = 'dist') {
  const { existsSync } = await import('node:fs');
  return existsSync(`${root}/client`) ? `${root}/client` : root;
}
