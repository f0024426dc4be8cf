import type { Answers, QuizDefinition } from './types';
import { optionCounts } from './scoring';

/**
 * Progress and past results, kept in the reader's own browser (localStorage) and nowhere else.
 * Everything read back is checked, because storage can hold anything: an older format, another
 * tab's half-written value, or a hand edit. Storage may also be missing or throw (private mode).
 */

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Saved progress of an unfinished quiz. */
export interface Progress {
  answers: Answers;
  /** Index of the question the reader was on. */
  step: number;
}

/** One finished attempt, for the trend on this device. */
export interface PastResult {
  /** ISO date-time of completion. */
  at: string;
  overall: number;
  band: string;
  scores: number[];
}

/** How many past results are kept per quiz. */
export const HISTORY_LIMIT = 12;

/**
 * How long an unfinished attempt is kept, in days: long enough to come back to, short enough that
 * half-answered questions do not sit on a shared device for good. The resume prompt says so.
 */
export const PROGRESS_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const progressKey = (slug: string) => `closer:quiz:${slug}:progress`;
const historyKey = (slug: string) => `closer:quiz:${slug}:history`;

function read(store: KeyValueStore | null, key: string): unknown {
  try {
    const raw = store?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

function write(store: KeyValueStore | null, key: string, value: unknown): boolean {
  try {
    store?.setItem(key, JSON.stringify(value));
    return Boolean(store);
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Saves progress with the time it was saved; returns false when the browser would not store it. */
export function saveProgress(
  store: KeyValueStore | null,
  quiz: QuizDefinition,
  fingerprint: string,
  progress: Progress,
  now = new Date(),
): boolean {
  return write(store, progressKey(quiz.slug), {
    fp: fingerprint,
    at: now.toISOString(),
    ...progress,
  });
}

/** Saved within the last PROGRESS_DAYS (a missing or future date counts as too old). */
function fresh(at: unknown, now: Date): boolean {
  const age = now.getTime() - (typeof at === 'string' ? Date.parse(at) : NaN);
  return age >= -DAY_MS && age <= PROGRESS_DAYS * DAY_MS;
}

/**
 * Saved progress for this exact quiz structure, saved within PROGRESS_DAYS, with at least one
 * answer; or null. Progress older than that is forgotten here, on the device.
 */
export function loadProgress(
  store: KeyValueStore | null,
  quiz: QuizDefinition,
  fingerprint: string,
  now = new Date(),
): Progress | null {
  const saved = read(store, progressKey(quiz.slug));
  if (isRecord(saved) && !fresh(saved['at'], now)) {
    clearProgress(store, quiz.slug);
    return null;
  }
  if (!isRecord(saved) || saved['fp'] !== fingerprint || !Array.isArray(saved['answers']))
    return null;
  const counts = optionCounts(quiz);
  const answers = saved['answers'] as unknown[];
  if (answers.length !== counts.length) return null;
  const valid = answers.every(
    (a, i) =>
      a === null || (Number.isInteger(a) && (a as number) >= 0 && (a as number) < (counts[i] ?? 0)),
  );
  const step = saved['step'];
  if (
    !valid ||
    !Number.isInteger(step) ||
    (step as number) < 0 ||
    (step as number) >= counts.length
  ) {
    return null;
  }
  if (answers.every((a) => a === null)) return null;
  return { answers: answers as Answers, step: step as number };
}

/** Forgets unfinished progress (after finishing, or when the reader starts over). */
export function clearProgress(store: KeyValueStore | null, slug: string): void {
  try {
    store?.removeItem(progressKey(slug));
  } catch {
    // Nothing stored means nothing to clear.
  }
}

function isPastResult(v: unknown): v is PastResult {
  return (
    isRecord(v) &&
    typeof v['at'] === 'string' &&
    !Number.isNaN(Date.parse(v['at'])) &&
    Number.isInteger(v['overall']) &&
    (v['overall'] as number) >= 0 &&
    (v['overall'] as number) <= 100 &&
    typeof v['band'] === 'string' &&
    Array.isArray(v['scores']) &&
    v['scores'].every((s) => Number.isInteger(s) && s >= 0 && s <= 100)
  );
}

/** Past results on this device, oldest first; entries that do not check out are dropped. */
export function loadHistory(store: KeyValueStore | null, slug: string): PastResult[] {
  const saved = read(store, historyKey(slug));
  return Array.isArray(saved) ? saved.filter(isPastResult).slice(-HISTORY_LIMIT) : [];
}

/** Adds a finished attempt, keeping the latest HISTORY_LIMIT; returns the new history. */
export function addHistory(
  store: KeyValueStore | null,
  slug: string,
  entry: PastResult,
): PastResult[] {
  const history = [...loadHistory(store, slug), entry].slice(-HISTORY_LIMIT);
  write(store, historyKey(slug), history);
  return history;
}

/** "Clear my answers": removes progress and every past result of this quiz. */
export function clearEverything(store: KeyValueStore | null, slug: string): void {
  clearProgress(store, slug);
  try {
    store?.removeItem(historyKey(slug));
  } catch {
    // As above.
  }
}
