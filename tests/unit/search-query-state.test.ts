import { describe, expect, it } from 'vitest';
import {
  countMessage,
  MAX_QUERY,
  readState,
  toFilters,
  toSort,
  writeState,
} from '../../src/lib/search/query-state';

describe('readState / writeState', () => {
  it('round-trips a query with filters', () => {
    const s = readState('?q=rebuild+trust&type=FAQ+answer&topic=Trust&sort=newest');
    expect(s).toEqual({ q: 'rebuild trust', type: 'FAQ answer', topic: 'Trust', sort: 'newest' });
    expect(readState(writeState(s))).toEqual(s);
  });

  it('collapses whitespace, ignores unknown parameters and caps the length', () => {
    expect(readState('?q=%20%20a%20%20%20b%20&utm=x')).toEqual({
      q: 'a b',
      type: '',
      topic: '',
      sort: '',
    });
    expect(readState(`?q=${'x'.repeat(500)}`).q).toHaveLength(MAX_QUERY);
  });

  it('writes nothing for an empty state', () => {
    expect(writeState({ q: '  ', type: '', topic: '', sort: '' })).toBe('');
  });
});

describe('toFilters', () => {
  it('passes only the chosen filters', () => {
    expect(toFilters({ q: 'x', type: 'Quiz', topic: '', sort: '' })).toEqual({ type: 'Quiz' });
    expect(toFilters({ q: 'x', type: '', topic: '', sort: '' })).toEqual({});
  });
});

describe('toSort', () => {
  it('sorts by date, newest first, only when asked', () => {
    expect(toSort({ q: 'x', type: '', topic: '', sort: 'newest' })).toEqual({ date: 'desc' });
    expect(toSort({ q: 'x', type: '', topic: '', sort: '' })).toEqual({});
  });

  it('ignores an unknown sort in the URL', () => {
    expect(readState('?q=x&sort=oldest').sort).toBe('');
  });
});

describe('countMessage', () => {
  it('says how many results, in singular and plural', () => {
    expect(countMessage(1, 'trust')).toBe('1 result for “trust”.');
    expect(countMessage(7, 'trust')).toBe('7 results for “trust”.');
    expect(countMessage(0, 'zzz')).toBe('No results for “zzz”.');
    expect(countMessage(3, '')).toBe('');
  });
});
