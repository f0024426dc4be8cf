/**
 * `npm run search:explain -- "a reader's question"`: shows why search ranks what it ranks for one
 * question against the built index (run `npm run build` first): the terms searched with their
 * weights, then for each of the first pages its score and every FAQ answer's score, and which one
 * leads its block. For editors choosing an `alsoAsked` phrasing or a vocabulary word, and for
 * tuning the ranking with the relevance set.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { find } from '../../src/lib/search/find.ts';
import { framesOf } from '../../src/lib/search/question-frames.ts';
import { isSafetyQuery } from '../../src/lib/search/safety.ts';
import { rankedSearch } from '../../src/lib/search/ranked-search.ts';
import { answerPlaces, type PageData } from '../../src/lib/search/result-blocks.ts';
import { CLIENT_OPTIONS, loadPagefind } from './pagefind-node.ts';
import { readSearchConfig, SHOWN } from './relevance.ts';

const siteDir = path.resolve(existsSync('dist/client') ? 'dist/client' : 'dist');
const q = process.argv.slice(2).join(' ').trim();
if (!q) {
  console.error('Usage: npm run search:explain -- "a question in a reader\'s words"');
  process.exit(2);
}
if (!existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${siteDir}. Run "npm run build" first.`);
  process.exit(1);
}

const config = await readSearchConfig(siteDir);
const pf = await loadPagefind(siteDir, CLIENT_OPTIONS);
try {
  const searched = await rankedSearch<PageData>(pf, { q }, config);
  const frames = framesOf(q);
  console.log(`terms: ${searched.terms.map((t) => `${t.term} ×${t.weight}`).join(', ')}`);
  console.log(`asked as: ${[...frames].join(', ') || '(no frame)'}`);
  const found = await find(pf, { q }, config, SHOWN);
  console.log('\nresult blocks, as shown:');
  found.blocks.forEach((b, i) => {
    console.log(`${i + 1}. ${b.score.toFixed(2)}  ${b.lead.url}  (${b.lead.kind})`);
    for (const place of [b.also, b.nextAnswer])
      if (place) console.log(`      beneath: ${place.url} (${place.score.toFixed(2)})`);
  });
  console.log(
    '\nFAQ answers of the first pages (score, share of the question in its wording, frame):',
  );
  for (const page of searched.pages.slice(0, SHOWN)) {
    const data = await page.data();
    const places = answerPlaces(data, page, undefined, { frames, safety: isSafetyQuery(q) });
    if (places.length === 0) continue;
    console.log(data.meta['title'] ?? page.id);
    for (const a of places)
      console.log(
        `   ${a.score.toFixed(2)}  ${a.titleCovers.toFixed(2)}  ${a.url.split('#')[1] ?? ''}${a.framed ? '  (same frame)' : ''}`,
      );
  }
} finally {
  await pf.destroy();
}
