// Checks that this Node can run the server, before anything that needs it is loaded. Plain,
// old-fashioned JavaScript on purpose: it must run, and explain itself, on an older Node too.
import { readFileSync } from 'node:fs';

/** A sentence saying what this Node lacks and what to use instead, or undefined when it is fine. */
export async function nodeProblem() {
  const lacks = [];
  try {
    await import('node:sqlite');
  } catch {
    lacks.push('node:sqlite (the submissions database)');
  }
  if (!process.features.typescript) lacks.push('TypeScript type stripping (the server code)');
  if (lacks.length === 0) return undefined;
  const { engines } = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  return (
    `Closer's server needs Node ${engines.node}; this is Node ${process.version}, which lacks ` +
    `${lacks.join(' and ')}. Start it with "npm run serve", which runs the Node 22 pinned in ` +
    'package.json, or install Node 22.18 or later.'
  );
}
