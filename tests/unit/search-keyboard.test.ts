import { describe, expect, it } from 'vitest';
import { moveSelection } from '../../src/lib/search/keyboard';
import { opensSearch } from '../../src/lib/search/shortcut';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('opensSearch', () => {
  it('opens on "/" unless the reader is typing in a field', () => {
    expect(opensSearch(key('/'), false)).toBe(true);
    expect(opensSearch(key('/'), true)).toBe(false);
  });

  it('opens on Ctrl+K and Cmd+K, even in a field', () => {
    expect(opensSearch(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(opensSearch(key('K', { metaKey: true }), false)).toBe(true);
  });

  it('ignores other keys and chords', () => {
    expect(opensSearch(key('k'), false)).toBe(false);
    expect(opensSearch(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(opensSearch(key('/', { ctrlKey: true }), false)).toBe(false);
  });
});

describe('moveSelection', () => {
  it('moves down from the input to the first result and stops at the last', () => {
    expect(moveSelection(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(2, 'ArrowDown', 3)).toBe(2);
  });

  it('moves up from the first result back to the input', () => {
    expect(moveSelection(0, 'ArrowUp', 3)).toBe(-1);
    expect(moveSelection(-1, 'ArrowUp', 3)).toBe(-1);
  });

  it('jumps with Home and End and stays on the input without results', () => {
    expect(moveSelection(1, 'Home', 3)).toBe(0);
    expect(moveSelection(0, 'End', 3)).toBe(2);
    expect(moveSelection(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
