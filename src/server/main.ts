// The production server, started by scripts/serve.mjs once it has checked the Node version.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createFrontDoor, refuseConnect, type Handler } from './http/front-door.ts';
import { readConfig } from './submissions/config.ts';
import { provideSubmissions, startSubmissions, type Submissions } from './submissions/runtime.ts';

/** Logs why the server cannot start and exits non-zero, so that a supervisor notices. */
function refuseToStart(message: string): never {
  console.error(`Closer cannot start: ${message}`);
  process.exit(1);
}

/**
 * Exits on what is not safe to run on after (an uncaught exception, the writer thread dying), so
 * that a supervisor restarts a clean process; logs and keeps running after an unhandled promise
 * rejection, which leaves no half-done synchronous work behind. SIGINT/SIGTERM stop gracefully:
 * open requests finish and waiting posts are written before the process exits.
 */
function guardProcess(server: Server, submissions: Submissions): (error: Error) => void {
  let stopping = false;
  const stop = (code: number, graceMs: number) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code || 1), graceMs).unref();
    server.close(() => void submissions.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
  };
  const fatal = (error: Error) => {
    console.error('[server] fatal, exiting so that a supervisor restarts the server:', error);
    stop(1, 1_000);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0, 10_000));
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', (reason) => {
    console.error('[server] unhandled promise rejection (the server keeps running):', reason);
  });
  return fatal;
}

export async function main(env: Record<string, string | undefined>): Promise<void> {
  const distDir = resolve(env['DIST_DIR'] ?? fileURLToPath(new URL('../../dist', import.meta.url)));
  const entry = join(distDir, 'server', 'entry.mjs');
  if (!existsSync(entry))
    refuseToStart(`there is no build at ${distDir}; run "npm run build" first.`);
  const config = readConfig(env);
  let onFatal: (error: Error) => void = (error) => refuseToStart(error.message);
  let submissions: Submissions;
  try {
    submissions = await startSubmissions(env, {
      log: (line) => console.log(line),
      onFatal: (error) => onFatal(error),
    });
  } catch (error) {
    refuseToStart(error instanceof Error ? error.message : String(error));
  }
  provideSubmissions(Promise.resolve(submissions));

  // The built entry would start its own server on import; we start ours around its handler instead.
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };
  const server = createServer(
    createFrontDoor({
      handler,
      distDir,
      clientDir: join(distDir, 'client'),
      trustedProxies: config.trustedProxies,
      health: () => submissions.health(),
      log: (line) => console.error(line),
    }),
  );
  server.on('connect', refuseConnect);
  onFatal = guardProcess(server, submissions);
  server.once('error', (error) => refuseToStart(error.message));
  const host = env['HOST'] ?? '127.0.0.1';
  // PORT=0 picks a free port; the line below says which (tests read it).
  server.listen(Number(env['PORT'] ?? 4321), host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env['PORT'];
    console.log(`Closer is serving on http://${host}:${port}/`);
  });
}
