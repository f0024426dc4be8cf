import { describe, expect, it } from 'vitest';
import { failedModuleAddress, retryAddress } from '../../src/lib/module-retry';

describe('failedModuleAddress', () => {
  it.each([
    [
      'Chromium',
      'Failed to fetch dynamically imported module: https://closer.example/_astro/ResultPanel.B1x9.js',
      'https://closer.example/_astro/ResultPanel.B1x9.js',
    ],
    [
      'Firefox',
      'error loading dynamically imported module: http://localhost:4321/_astro/ResultPanel.B1x9.js',
      'http://localhost:4321/_astro/ResultPanel.B1x9.js',
    ],
    [
      'a retry that failed too',
      'Failed to fetch dynamically imported module: https://closer.example/_astro/R.js?retry=2',
      'https://closer.example/_astro/R.js?retry=2',
    ],
  ])('reads the address %s names', (_, message, address) => {
    expect(failedModuleAddress(new TypeError(message))).toBe(address);
  });

  it.each([
    ['Safari, which names no address', new TypeError('Importing a module script failed.')],
    ['another error', new Error('x is not a function')],
    ['a script address', new TypeError('imported module: javascript:alert(1)')],
    ['something that is not an address', new TypeError('imported module: ../ResultPanel.js')],
    ['a thrown string', 'imported module: nowhere'],
    ['nothing', undefined],
  ])('gives none for %s', (_, error) => {
    expect(failedModuleAddress(error)).toBeUndefined();
  });
});

describe('retryAddress', () => {
  it('asks for the same file under a new address each time', () => {
    const first = retryAddress('https://closer.example/_astro/R.js', 1);
    const second = retryAddress('https://closer.example/_astro/R.js', 2);
    expect(first).toBe('https://closer.example/_astro/R.js?retry=1');
    expect(second).toBe('https://closer.example/_astro/R.js?retry=2');
  });

  it('keeps an address relative to the site relative, and replaces an earlier retry', () => {
    expect(retryAddress('/pagefind/pagefind.js', 1)).toBe('/pagefind/pagefind.js?retry=1');
    expect(retryAddress('/pagefind/pagefind.js?retry=1', 2)).toBe('/pagefind/pagefind.js?retry=2');
  });
});
