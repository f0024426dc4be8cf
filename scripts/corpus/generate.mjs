#!/usr/bin/env node
/**
 * Generates a content folder for scale benchmarks: the real site plus N synthetic articles (default 10,000) of
 * realistic length, with summaries and FAQs, plus the authors, topics and quizzes they refer to.
 * Word frequencies follow Zipf's law over a vocabulary of real function and topic words and a long
 * tail of made-up words, so the index grows the way a real corpus does (many rare words).
 * Deterministic for a given seed. Prints progress while it runs.
 *
 *   node scripts/corpus/generate.mjs --count 10000 --out /tmp/closer-corpus
 *   (then: CONTENT_DIR=/tmp/closer-corpus npm run build)
 */
import { mkdir, writeFile, readdir, copyFile, rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const FUNCTION_WORDS = (
  'the and to of a in that is it you for with your on be as are this can not or when what they ' +
  'we at but if about more one so how from by have their there feel them do will time all some ' +
  'out just like each other even than because most often also way may only both then into who ' +
  'much many over again every which might still first small another while before after through'
).split(' ');

const TOPIC_WORDS = (
  'partner relationship trust love closeness intimacy emotional physical communication listen ' +
  'listening talk conversation honest honesty support respect passion care attention together ' +
  'couple couples feelings needs distance connection kindness appreciation gratitude promise ' +
  'promises repair conflict argument apology forgive forgiveness boundaries safety vulnerable ' +
  'vulnerability share sharing empathy understanding patience habit habits routine evening ' +
  'weekend morning walk dinner touch hug affection warmth humour laughter plans future goals ' +
  'stress work children family friends home money chores tired busy calm gentle curious ' +
  'question questions answer answers reassurance commitment reliable reliability consistency ' +
  'check-in ritual rituals gesture gestures thanks notice noticing moment moments effort ' +
  'listened listens talked talking shared sharing supported supporting trusted trusting ' +
  'rebuild rebuilding repaired repairing distant closer closeness lonely loneliness secure ' +
  'anxious avoidant attachment therapist counsellor counselling research study studies ' +
  'satisfaction wellbeing happiness resentment criticism defensiveness contempt stonewalling'
).split(/\s+/);

const SYLLABLES = (
  'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go ha he hi ho ka ke ki ' +
  'ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so ' +
  'su ta te ti to tu va ve vi vo wa we wi za ze zo an en in on ar er or al el il ol'
).split(' ');

/** Mulberry32: small, fast, seedable. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The vocabulary, most frequent first: function words, topic words, then a long tail. */
export function vocabulary(tailSize = 60_000, seed = 7) {
  const rand = rng(seed);
  const words = [...FUNCTION_WORDS, ...TOPIC_WORDS];
  const seen = new Set(words);
  while (words.length < FUNCTION_WORDS.length + TOPIC_WORDS.length + tailSize) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** A sampler of word ranks following Zipf's law (exponent s). */
function zipf(size, s, rand) {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) {
    sum += 1 / Math.pow(r + 1, s);
    cdf[r] = sum;
  }
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const TOPICS = ['intimacy', 'communication', 'trust'];
const QUIZZES = ['closeness', 'communication-check-in', 'trust'];

function makeWriter(seed) {
  const rand = rng(seed);
  const words = vocabulary();
  const pick = zipf(words.length, 1.05, rand);
  // Topic words follow Zipf's law among themselves too: "partner" is everywhere, "stonewalling" rare.
  const pickTopic = zipf(TOPIC_WORDS.length, 1, rand);
  const topicWord = () => TOPIC_WORDS[pickTopic()];
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (min = 8, max = 22) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const out = [];
    for (let i = 0; i < n; i++) out.push(i % 6 === 3 ? topicWord() : words[pick()]);
    return `${cap(out.join(' '))}.`;
  };
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence()).join(' ');
  const phrase = (n) => Array.from({ length: n }, topicWord).join(' ');
  const clip = (s, max) => (s.length <= max ? s : s.slice(0, max).replace(/\s+\S*$/, ''));
  return { rand, sentence, paragraph, phrase, cap, clip };
}

/** One article as MDX, about 900–1,300 words with a summary, five sections and a three-question FAQ. */
export function article(i, w) {
  const topic = TOPICS[i % TOPICS.length];
  const title = w.clip(`${w.cap(w.phrase(4))}: ${w.phrase(3)} ${i}`, 88);
  let description = w.clip(`${w.sentence(14, 18)} ${w.sentence(6, 10)}`, 158);
  while (description.length < 75) description += ' More on this here.';
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(w.rand() * 3200) * 86_400_000);
  const faq = Array.from({ length: 3 }, (_, k) => ({
    id: `q${k + 1}-${w.phrase(2).replace(/[^a-z]+/g, '-')}`.replace(/-+$/, ''),
    question: `${w.clip(`How can ${w.phrase(3)} help with ${w.phrase(2)}`, 190)}?`,
    answer: w.clip(`${w.sentence()} ${w.sentence()} ${w.sentence()}`, 1100),
  }));
  const yaml = (s) => JSON.stringify(s);
  const sections = Array.from(
    { length: 5 },
    () => `## ${w.cap(w.phrase(3))}\n\n${w.paragraph()}\n\n${w.paragraph()}\n`,
  ).join('\n');
  return `---
title: ${yaml(title)}
description: ${yaml(description)}
summary:
  - ${yaml(w.clip(w.sentence(), 230))}
  - ${yaml(w.clip(w.sentence(), 230))}
  - ${yaml(w.clip(w.sentence(), 230))}
topic: ${topic}
author: editorial-team
published: ${day.toISOString().slice(0, 10)}
quizzes: [${QUIZZES[i % QUIZZES.length]}]
faq:
${faq.map((f) => `  - id: ${f.id}\n    question: ${yaml(f.question)}\n    answer: ${yaml(f.answer)}`).join('\n')}
---

${w.paragraph()}

${sections}
## Frequently asked questions

<Faq />
`;
}

async function copyDir(from, to) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isFile()) await copyFile(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/** Writes `count` articles and the supporting collections into `out`. Returns `out`. */
export async function generateCorpus({ count = 10_000, out, seed = 42, log = console.log } = {}) {
  const dir = out ?? mkdtempSync(path.join(os.tmpdir(), 'closer-corpus-'));
  await rm(path.join(dir, 'articles'), { recursive: true, force: true });
  // Every other collection, and the real articles, come from the site itself so that all
  // references (quizzes to articles, tips to articles, …) resolve; the synthetic articles add to them.
  const source = path.join(repoRoot, 'content');
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (entry.isDirectory())
      await copyDir(path.join(source, entry.name), path.join(dir, entry.name));
  }
  const w = makeWriter(seed);
  const started = Date.now();
  const step = Math.max(1, Math.floor(count / 10));
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const text = article(i, w);
    bytes += text.length;
    await writeFile(
      path.join(dir, 'articles', `synthetic-${String(i).padStart(5, '0')}.mdx`),
      text,
    );
    if (i % step === 0 || i === count) {
      log(
        `  generated ${i}/${count} articles (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  return dir;
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(arg('count', '10000'));
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--count must be a positive whole number, got "${arg('count')}"`);
    process.exit(1);
  }
  const out = arg('out');
  const dir = await generateCorpus({
    count,
    out: out && path.resolve(out),
    seed: Number(arg('seed', '42')),
  });
  console.log(`Corpus ready: CONTENT_DIR=${dir}`);
}
