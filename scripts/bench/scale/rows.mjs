// The scale benchmark's figures as bench-table rows, each beside the target (issue 10).

const s = (ms) => (ms == null ? '—' : (ms / 1000).toFixed(1));
const kb = (b) => (b == null ? '—' : (b / 1024).toFixed(1));
const times = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Targets of issue 10 on this machine; memory and search targets depend on the corpus size. */
export function targets(count) {
  const large = count >= 10_000;
  return {
    cold: '≤ 2.0× bare',
    rebuild: '≤ 1.5× bare',
    memory: large ? '≤ 4096 MB' : '≤ 2048 MB',
    pagefind: large ? '≤ 60 s' : '',
    first: large ? '≤ 250 KB' : '',
    later: large ? '≤ 60 KB' : '',
  };
}

/** One build's rows; `target` holds its time target and, for the cold build, memory and Pagefind. */
function buildRows(r, build, label, against, target) {
  if (!build) return [];
  const p = build.phases;
  return [
    r(label, `${s(build.ms)} (${times(build.ms, against?.ms)})`, 's (× bare)', target.time),
    r(`${label}: peak memory`, Math.round(build.peakMb), 'MB', target.memory),
    r(`${label}: peak memory reached after`, build.peakPhase ?? '—', ''),
    r(`${label}: page generation`, s(p.pages), 's'),
    // Astro renders four pages at once (astro.config.mjs, build.concurrency): each page's time
    // includes the others', so this sum is work in flight, not wall time (page generation is).
    r(
      `${label}: article pages (${p.routes.articleCount}), render times summed`,
      s(p.routes.article),
      's',
    ),
    r(`${label}: routes restored by Astro's incremental build`, p.routes.cached, ''),
    r(`${label}: Pagefind`, s(p.pagefindMs), 's', target.pagefind),
    r(`${label}: compression`, s(p.compressMs), 's'),
    r(`${label}: machine load at the end (1 min)`, build.load.toFixed(1), ''),
  ];
}

/** Rows for `npm run bench` and the console table. */
export function scaleRows(res) {
  const group = `scale: ${res.count} articles`;
  const r = (metric, value, unit, target = '') => ({ group, metric, value, unit, target });
  const t = targets(res.count);
  const rows = [r('corpus generation', s(res.generateMs), 's')];
  if (res.bareCold) {
    const fastest = (res.rounds ?? []).length > 1 ? ` (fastest of ${res.rounds.length})` : '';
    rows.push(r(`bare Astro + MDX, cold${fastest}`, s(res.bareCold.ms), 's'));
    rows.push(r('bare Astro + MDX, cold: peak memory', Math.round(res.bareCold.peakMb), 'MB'));
    rows.push(
      r('bare Astro + MDX, cold: peak memory reached after', res.bareCold.peakPhase ?? '—', ''),
    );
    rows.push(r('bare Astro + MDX, rebuilt', s(res.bareRebuild.ms), 's'));
    rows.push(r('bare Astro + MDX: machine load at the end', res.bareCold.load.toFixed(1), ''));
  }
  const cold = { time: t.cold, memory: t.memory, pagefind: t.pagefind };
  const rebuilt = { time: t.rebuild, memory: t.memory };
  rows.push(...buildRows(r, res.cold, 'full build, cold', res.bareCold, cold));
  const paired = (res.rounds ?? []).filter((p) => p.bare && p.site);
  if (paired.length > 1) {
    const each = paired.map((p) => p.site.ms / p.bare.ms);
    rows.push(
      r(
        `full build, cold, each round against the bare build before it (${paired.length} rounds)`,
        each.map((x) => `${x.toFixed(2)}×`).join(', '),
        '',
      ),
      r('full build, cold: median of the rounds', `${median(each).toFixed(2)}×`, '× bare', t.cold),
    );
  }
  rows.push(...buildRows(r, res.rebuild, 'rebuild, nothing changed', res.bareRebuild, rebuilt));
  rows.push(...buildRows(r, res.tip, 'rebuild, one tip approved', res.bareRebuild, rebuilt));
  // After the cold build (no tips in the corpus), then with the approved tip's index merged in.
  for (const [when, search] of [
    ['', res.search],
    [', one tip', res.searchWithTip],
  ]) {
    if (!search) continue;
    for (const [list, m] of [
      ["readers' questions", search.readers],
      ['fixed word list', search.words],
    ]) {
      rows.push(r(`first query fetched (${list}${when}, p50)`, kb(m.firstP50), 'KB', t.first));
      rows.push(r(`later queries fetched (${list}${when}, p50)`, kb(m.laterP50), 'KB', t.later));
      rows.push(r(`later queries fetched (${list}${when}, p95)`, kb(m.laterP95), 'KB'));
    }
  }
  if (res.cards) rows.push(...cardRows(r, res.cards));
  return rows;
}

/** What the server's on-demand Open Graph cards cost (scripts/bench/scale/cards.mjs). */
function cardRows(r, c) {
  const ms = (x) => x.toFixed(0);
  return [
    r(
      `OG card drawn on first request, one at a time (p50 / p95 of ${c.cards / 2})`,
      `${ms(c.drawnOneAtATime.p50)} / ${ms(c.drawnOneAtATime.p95)}`,
      'ms',
    ),
    r('OG card: the server’s very first (workers start)', ms(c.drawnOneAtATime.first), 'ms'),
    r(
      'OG cards drawn eight at a time: wall time per card',
      ms(c.drawnEightAtATime.perCardMs),
      'ms',
    ),
    r('OG card from disk (p50 / p95)', `${ms(c.fromDisk.p50)} / ${ms(c.fromDisk.p95)}`, 'ms'),
    r('server memory before / after drawing', `${ms(c.rssMb.before)} / ${ms(c.rssMb.after)}`, 'MB'),
  ];
}
