// Writes the favicon set and the logo files: `npm run icons`, after changing src/lib/brand.ts.
// The outputs are committed rather than built: they change only with the mark, reviewers see
// them in the diff, and the build needs no extra rendering step (tests/unit/brand-files.test.ts
// fails when a committed file no longer matches what this script would write).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { brandFiles } from './lib/brand-files.ts';

for (const [path, contents] of await brandFiles()) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents);
  console.log(`${path} (${contents.length} B)`);
}
