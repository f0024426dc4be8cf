/**
 * Runs the relevance set against a built site's Pagefind index in Node: each question goes through
 * the search box's own code (src/lib/search/find.ts: terms, vocabulary, per-term searches, result
 * blocks of a page and its best FAQ answer). Reports where the expected place came, and the bytes
 * each query fetched (the searches plus the text of the pages the dialog shows), so relevance and
 * weight are judged together.
 *
 * A question's rank is the position of the first result block that links to an expected place:
 * a block shows a page and, beneath it, its best-matching FAQ answer (or an answer and beneath it
 * its article), both as links of their own. The rank of the first such link in reading order is
 * reported too ("first link").
 *
 * Used by `npm run search:relevance`, the relevance e2e test and `npm run bench -- relevance`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { find } from '../../src/lib/search/find.ts';
import { RANKING_PARAMS, type RankingParams } from '../../src/lib/search/result-blocks.ts';
import { searchConfigFromJson, type SearchConfig } from '../../src/lib/search/search-config.ts';
import { SEARCH_CONFIG } from '../../src/lib/paths/pages.ts';
import {
  CLIENT_OPTIONS,
  loadPagefind,
  meter,
  type PagefindInstance,
  type PagefindOptions,
} from './pagefind-node.ts';
import {
  blockRankOf,
  firstOnPage,
  quantile,
  rankOf,
  resultPath,
  summarise,
  type RelevanceSummary,
} from './relevance-metrics.ts';
import { accepted, parseRelevanceSet, type RelevanceQuestion } from './relevance-set.ts';

export const RELEVANCE_SET = 'tests/search/relevance.yaml';

/** Pages whose results the search dialog shows at once (src/client/search/dialog.ts). */
export const SHOWN = 8;

export async function readRelevanceSet(file = RELEVANCE_SET): Promise<RelevanceQuestion[]> {
  return parseRelevanceSet(parse(await readFile(file, 'utf8')));
}

/** Places the set names that the built site does not have (a missing page or answer anchor). */
export async function missingTargets(
  siteDir: string,
  questions: RelevanceQuestion[],
): Promise<string[]> {
  const places = [...new Set(questions.flatMap(accepted))];
  const missing: string[] = [];
  for (const place of places) {
    const [page = '', anchor] = place.split('#');
    const html = await readFile(path.join(siteDir, page, 'index.html'), 'utf8').catch(() => null);
    if (html === null || (anchor !== undefined && !html.includes(`id="${anchor}"`)))
      missing.push(place);
  }
  return missing;
}

/** Record id → link, read from the fragment files on disk (costs the reader nothing). */
async function recordLinks(siteDir: string): Promise<Map<string, string>> {
  const dir = path.join(siteDir, 'pagefind', 'fragment');
  const links = new Map<string, string>();
  for (const file of await readdir(dir)) {
    const raw = gunzipSync(await readFile(path.join(dir, file)));
    // Pagefind prefixes every decompressed file with a 12-byte signature.
    const { url } = JSON.parse(raw.subarray(12).toString('utf8')) as { url: string };
    links.set(file.replace(/\.pf_fragment$/, ''), resultPath(url));
  }
  return links;
}

export interface QuestionOutcome {
  q: string;
  expect: string;
  rank: number | null;
  /** Position of the first link to an expected place, in reading order (lead, then the line below). */
  linkRank: number | null;
  /** Whether the first result was on the expected page (perhaps another answer on it). */
  samePage: boolean;
  /** The first few result blocks' links. */
  top: string[][];
  results: number;
  /** Everything this query fetched as a reader's first search (script, metadata, WebAssembly too). */
  firstBytes: number;
  /** What it fetched for itself: word-index chunks, filter chunks and the shown results' data. */
  queryBytes: number;
  /** Word-index chunks it needed: at scale, each is a separate download. */
  indexChunks: number;
}

export interface IndexSize {
  /** Records in the index (pages plus FAQ answers plus quizzes). */
  records: number;
  /** The metadata file every first query loads (it grows with the number of records). */
  metaBytes: number;
  /** All index files together: metadata, word index, filters, fragments. */
  totalBytes: number;
}

export interface RelevanceRun {
  summary: RelevanceSummary;
  outcomes: QuestionOutcome[];
  /** p50 over the questions, each asked as a reader's first search. */
  firstQueryBytesP50: number;
  /** p50 of what each question needs beyond loading search, none of it cached yet (upper bound). */
  laterQueryBytesP50: number;
  indexChunksP50: number;
  index: IndexSize;
}

export interface RunOptions {
  siteDir: string;
  questions: RelevanceQuestion[];
  /** Pagefind options (ranking, …); the site client's by default. */
  pagefind?: PagefindOptions;
  /** How a question becomes result blocks; the site's search box by default ({@link siteSearch}). */
  search?: SearchFn;
  /** The re-scoring weights (for sweeps); the shipped ones by default. */
  params?: RankingParams;
  /**
   * Ask each question on a fresh instance to count its bytes (default). Off: one instance answers
   * all, which ranks identically and is much faster, for sweeps over many settings.
   */
  measureBytes?: boolean;
}

type Settings = Required<Omit<RunOptions, 'questions' | 'params'>> & {
  /** The search config's size as sent (gzipped): the search box fetches it with Pagefind. */
  configBytes: number;
};

/** Result blocks, each the links it shows (lead first); pages beyond the first blocks one each. */
export type Ranking = string[][];

/** Turns what the reader typed into result blocks. */
export type SearchFn = (
  pf: PagefindInstance,
  q: string,
  links: ReadonlyMap<string, string>,
) => Promise<Ranking>;

/** The config the built site publishes for its search box (empty if it has none). */
export async function readSearchConfig(siteDir: string): Promise<SearchConfig> {
  const text = await readFile(path.join(siteDir, SEARCH_CONFIG), 'utf8').catch(() => null);
  return searchConfigFromJson(text === null ? null : JSON.parse(text));
}

/**
 * What the site's search box does (src/lib/search/find.ts), with the site's config: the first
 * SHOWN pages as result blocks, every later page as a block of its own link.
 */
export const siteSearch =
  (config: SearchConfig, params: RankingParams = RANKING_PARAMS): SearchFn =>
  async (pf, q, links) => {
    const found = await find(pf, { q }, config, SHOWN, params);
    const shown = found.blocks.map((b) =>
      [b.lead, b.also, b.nextAnswer].flatMap((place) => (place ? [place.url] : [])),
    );
    const later = found.pageIds.slice(SHOWN).map((id) => [links.get(id) ?? `?${id}`]);
    return [...shown.map((b) => b.map(resultPath)), ...later];
  };

async function indexSize(siteDir: string): Promise<IndexSize> {
  const dir = path.join(siteDir, 'pagefind');
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const langs = Object.values(entry.languages);
  let metaBytes = 0;
  for (const l of langs)
    metaBytes += (await stat(path.join(dir, `pagefind.${l.hash}.pf_meta`))).size;
  let totalBytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.pf_\w+$/.test(e.name))
      totalBytes += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return { records: langs.reduce((n, l) => n + l.page_count, 0), metaBytes, totalBytes };
}

/** Asks one question on a fresh Pagefind instance, as a reader's first search. */
async function ask(
  question: RelevanceQuestion,
  options: Settings,
  links: Map<string, string>,
  shared?: PagefindInstance,
): Promise<QuestionOutcome> {
  meter.reset();
  const pf = shared ?? (await loadPagefind(options.siteDir, options.pagefind));
  try {
    const blocks = await options.search(pf, question.q, links);
    const { bytes, requests } = meter;
    return {
      q: question.q,
      expect: question.expect,
      rank: blockRankOf(blocks, accepted(question)),
      linkRank: rankOf(blocks.flat(), accepted(question)),
      samePage: firstOnPage(blocks[0] ?? [], accepted(question)),
      top: blocks.slice(0, 3),
      results: blocks.length,
      firstBytes: options.configBytes + bytes.startup + bytes.index + bytes.filter + bytes.fragment,
      queryBytes: bytes.index + bytes.filter + bytes.fragment,
      indexChunks: requests.index,
    };
  } finally {
    if (!shared) await pf.destroy();
  }
}

/** Asks every question, each on a fresh instance, so no answer depends on the one before. */
export async function runRelevance(options: RunOptions): Promise<RelevanceRun> {
  const configFile = path.join(options.siteDir, SEARCH_CONFIG);
  const full: Settings = {
    siteDir: options.siteDir,
    pagefind: options.pagefind ?? CLIENT_OPTIONS,
    search: options.search ?? siteSearch(await readSearchConfig(options.siteDir), options.params),
    measureBytes: options.measureBytes ?? true,
    configBytes: await readFile(configFile)
      .then((b) => gzipSync(b).length)
      .catch(() => 0),
  };
  const links = await recordLinks(full.siteDir);
  const shared = full.measureBytes ? undefined : await loadPagefind(full.siteDir, full.pagefind);
  const outcomes: QuestionOutcome[] = [];
  try {
    for (const question of options.questions) {
      outcomes.push(await ask(question, full, links, shared));
    }
  } finally {
    await shared?.destroy();
  }
  return {
    summary: summarise(outcomes),
    outcomes,
    firstQueryBytesP50: quantile(
      outcomes.map((o) => o.firstBytes),
      0.5,
    ),
    laterQueryBytesP50: quantile(
      outcomes.map((o) => o.queryBytes),
      0.5,
    ),
    indexChunksP50: quantile(
      outcomes.map((o) => o.indexChunks),
      0.5,
    ),
    index: await indexSize(full.siteDir),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/**
 * The summary table and the list of misses, as printed by the CLI and attached by the test.
 * `misses: false` leaves the questions out (the blind set is reported that way).
 */
export function formatRun(run: RelevanceRun, { misses: listMisses = true } = {}): string {
  const { summary: s } = run;
  const lines = [
    `questions ${s.questions} · top-1 ${pct(s.top1)} · top-3 ${pct(s.top3)} · MRR ${s.mrr.toFixed(3)} · right page first ${pct(s.pageTop1)}`,
    `by first link (lead, then the lines beneath): top-1 ${pct(s.link.top1)} · top-3 ${pct(s.link.top3)} · MRR ${s.link.mrr.toFixed(3)}`,
    `bytes per query (p50): first ${kb(run.firstQueryBytesP50)}, later ${kb(run.laterQueryBytesP50)} (uncached; ${run.indexChunksP50} index chunks)`,
    `index: ${run.index.records} records, metadata ${kb(run.index.metaBytes)}, all index files ${kb(run.index.totalBytes)}`,
  ];
  const misses = listMisses ? run.outcomes.filter((o) => o.rank !== 1) : [];
  if (misses.length > 0) lines.push('', `not first (${misses.length}):`);
  for (const o of misses) {
    const where =
      o.rank === null ? (o.results === 0 ? 'no results' : 'not found') : `rank ${o.rank}`;
    lines.push(`- "${o.q}" → ${o.expect}: ${where}; first: ${o.top[0]?.join(' + ') ?? '—'}`);
  }
  return lines.join('\n');
}
