// Checks the built site: every HTML file validates, and no internal link or anchor is broken.
// Usage: node scripts/check-build.mjs [distDir]
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { brokenLinks } from './lib/links.mjs';

const dist = process.argv[2] ?? (existsSync('dist/client') ? 'dist/client' : 'dist');
if (!existsSync(dist)) {
  console.error(`No build in ${dist}: run "npm run build" first.`);
  process.exit(1);
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const files = [...walk(dist)];
const htmlFiles = files.filter((f) => f.endsWith('.html'));

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('stylish');
let htmlErrors = 0;
// Astro's island runtime puts this rule just before the first island; browsers apply a <style> in
// <body> and it is Astro's to place, so it is taken out before validating our own markup.
const astroIslandStyle =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8').replace(astroIslandStyle, '');
  const report = await validator.validateString(html, file);
  if (!report.valid) {
    htmlErrors += report.errorCount;
    console.error(format(report.results));
  }
}

const pages = new Map(htmlFiles.map((f) => [`/${relative(dist, f)}`, readFileSync(f, 'utf8')]));
const assets = new Set(files.map((f) => `/${relative(dist, f)}`));
// Paths served by the on-demand server rather than built as files, in case a page links to one
// (comma-separated in DYNAMIC_ROUTES). The submission endpoints need no entry: pages reach them only
// through form actions and fetch, which this check does not follow.
const dynamic = new Set((process.env.DYNAMIC_ROUTES ?? '').split(',').filter(Boolean));
const problems = brokenLinks(pages, assets, dynamic);
for (const p of problems) console.error(p);

console.log(
  `check-build: ${htmlFiles.length} HTML files, ${htmlErrors} html-validate errors, ${problems.length} broken links or anchors`,
);
process.exit(htmlErrors + problems.length > 0 ? 1 : 0);
