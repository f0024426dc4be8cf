// Production server: `npm run serve`. Checks the Node version first (it must explain itself on an
// older Node), then starts src/server/main.ts: the submission service (database, writer thread) and
// the @astrojs/node handler behind a front door (src/server/http/front-door.ts).
import { nodeProblem } from './lib/require-node.mjs';

console.log(`Closer server starting on Node ${process.version}`);
const problem = await nodeProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
const { main } = await import('../src/server/main.ts');
await main(process.env);
