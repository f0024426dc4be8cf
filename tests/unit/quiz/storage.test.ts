import { beforeEach, describe, expect, it } from 'vitest';
import {
  addHistory,
  clearEverything,
  clearProgress,
  HISTORY_LIMIT,
  loadHistory,
  loadProgress,
  PROGRESS_DAYS,
  saveProgress,
  type KeyValueStore,
} from '../../../src/lib/quiz/storage';
import { quiz } from './fixture';

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/** A store that refuses everything, like some browsers in private mode. */
const hostile: KeyValueStore = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('quota');
  },
  removeItem: () => {
    throw new Error('denied');
  },
};

const entry = (overall: number, at = '2026-11-25T10:00:00.000Z') => ({
  at,
  overall,
  band: 'mid',
  scores: [overall, overall],
});

let store: MemoryStore;
beforeEach(() => {
  store = new MemoryStore();
});

describe('progress', () => {
  const day = 24 * 60 * 60 * 1000;
  const saved = { answers: [3, null, null, null, null], step: 1 };

  it(`is kept for ${PROGRESS_DAYS} days, then forgotten on this device`, () => {
    const then = new Date('2026-11-01T12:00:00Z');
    saveProgress(store, quiz, 'fp', saved, then);
    const later = (days: number) => new Date(then.getTime() + days * day);
    expect(loadProgress(store, quiz, 'fp', later(PROGRESS_DAYS))).toEqual(saved);
    expect(loadProgress(store, quiz, 'fp', later(PROGRESS_DAYS + 1))).toBeNull();
    // Forgotten, not merely hidden: the stored copy is gone.
    expect([...store.data.keys()]).toEqual([]);
  });

  it('treats progress without a date, or dated in the future, as too old', () => {
    store.setItem(
      'closer:quiz:fixture:progress',
      JSON.stringify({ fp: 'fp', answers: saved.answers, step: 1 }),
    );
    expect(loadProgress(store, quiz, 'fp')).toBeNull();
    saveProgress(store, quiz, 'fp', saved, new Date(Date.now() + 3 * day));
    expect(loadProgress(store, quiz, 'fp')).toBeNull();
  });

  it('is saved and offered back for the same quiz structure', () => {
    const progress = { answers: [1, null, 2, null, null], step: 3 };
    expect(saveProgress(store, quiz, 'fp1', progress)).toBe(true);
    expect(loadProgress(store, quiz, 'fp1')).toEqual(progress);
  });

  it('is ignored when the quiz structure has changed since', () => {
    saveProgress(store, quiz, 'old', { answers: [1, null, 2, null, null], step: 1 });
    expect(loadProgress(store, quiz, 'new')).toBeNull();
  });

  it('is not offered when nothing was answered', () => {
    saveProgress(store, quiz, 'fp1', { answers: [null, null, null, null, null], step: 0 });
    expect(loadProgress(store, quiz, 'fp1')).toBeNull();
  });

  it.each([
    ['not JSON', '{nope'],
    ['a string', '"hello"'],
    ['an array', '[]'],
    ['wrong length', JSON.stringify({ fp: 'fp1', answers: [1], step: 0 })],
    [
      'answer out of scale',
      JSON.stringify({ fp: 'fp1', answers: [9, null, null, null, null], step: 0 }),
    ],
    [
      'answer as text',
      JSON.stringify({ fp: 'fp1', answers: ['1', null, null, null, null], step: 0 }),
    ],
    [
      'step beyond the end',
      JSON.stringify({ fp: 'fp1', answers: [1, null, null, null, null], step: 5 }),
    ],
    [
      'negative step',
      JSON.stringify({ fp: 'fp1', answers: [1, null, null, null, null], step: -1 }),
    ],
  ])('is ignored when the stored value is %s', (_name, raw) => {
    store.setItem('closer:quiz:fixture:progress', raw);
    expect(loadProgress(store, quiz, 'fp1')).toBeNull();
  });

  it('can be cleared on its own', () => {
    saveProgress(store, quiz, 'fp1', { answers: [1, null, null, null, null], step: 1 });
    addHistory(store, 'fixture', entry(50));
    clearProgress(store, 'fixture');
    expect(loadProgress(store, quiz, 'fp1')).toBeNull();
    expect(loadHistory(store, 'fixture')).toHaveLength(1);
  });
});

describe('history', () => {
  it('keeps results oldest first, up to the limit', () => {
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) addHistory(store, 'fixture', entry(i));
    const history = loadHistory(store, 'fixture');
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.overall).toBe(3);
    expect(history.at(-1)?.overall).toBe(HISTORY_LIMIT + 2);
  });

  it('drops entries that do not check out', () => {
    store.setItem(
      'closer:quiz:fixture:history',
      JSON.stringify([entry(40), { ...entry(50), overall: 500 }, { at: 'yesterday' }, entry(60)]),
    );
    expect(loadHistory(store, 'fixture').map((e) => e.overall)).toEqual([40, 60]);
  });

  it('is kept per quiz', () => {
    addHistory(store, 'fixture', entry(40));
    expect(loadHistory(store, 'other')).toEqual([]);
  });
});

describe('clear my answers', () => {
  it('removes progress and history of that quiz only', () => {
    saveProgress(store, quiz, 'fp1', { answers: [1, null, null, null, null], step: 1 });
    addHistory(store, 'fixture', entry(50));
    addHistory(store, 'other', entry(70));
    clearEverything(store, 'fixture');
    expect([...store.data.keys()]).toEqual(['closer:quiz:other:history']);
  });
});

describe('a browser that refuses storage', () => {
  it('never throws and reports that nothing was saved', () => {
    expect(
      saveProgress(hostile, quiz, 'fp1', { answers: [1, null, null, null, null], step: 0 }),
    ).toBe(false);
    expect(loadProgress(hostile, quiz, 'fp1')).toBeNull();
    expect(addHistory(hostile, 'fixture', entry(10))).toEqual([entry(10)]);
    expect(loadHistory(null, 'fixture')).toEqual([]);
    expect(() => clearEverything(hostile, 'fixture')).not.toThrow();
  });
});
