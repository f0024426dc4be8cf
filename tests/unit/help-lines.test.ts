import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  compactResources,
  contactText,
  emergencyNumbers,
  listInWords,
  regionFromLanguage,
} from '../../src/lib/help/lines';
import { cspSha256 } from '../../src/lib/csp-hash';
import { orderScript, orderScriptHash } from '../../src/components/help/order-script';

describe('the reader’s country from the browser language', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-au', 'AU'],
    ['fr-FR', 'FR'],
    ['zh-Hant-TW', 'TW'],
    ['en-GB-oxendict', 'GB'],
  ])('%s → %s', (tag, region) => expect(regionFromLanguage(tag)).toBe(region));

  it.each(['en', 'es-419', '', 'x', undefined, null, 42])('names no country for %s', (tag) =>
    expect(regionFromLanguage(tag)).toBeNull(),
  );
});

describe('the compact pick of a region’s lines', () => {
  const line = (name: string, topics: string[]) => ({ name, topics });

  it('keeps the first abuse line and the first crisis line, in the editors’ order', () => {
    const lines = [
      line('relate', ['relationship']),
      line('samaritans', ['crisis']),
      line('abuse', ['abuse']),
      line('galop', ['abuse', 'lgbtq']),
      line('shout', ['crisis']),
    ];
    expect(compactResources(lines).map((l) => l.name)).toEqual(['samaritans', 'abuse']);
  });

  it('keeps one line that does both once', () => {
    const lines = [line('both', ['crisis', 'abuse']), line('other', ['abuse'])];
    expect(compactResources(lines).map((l) => l.name)).toEqual(['both']);
  });
});

describe('the words of a help block', () => {
  it('says how to reach a line', () => {
    expect(contactText({ kind: 'phone', label: '0808 2000 247' })).toBe(
      'Call\u00a00808\u00a02000\u00a0247',
    );
    expect(contactText({ kind: 'phone', label: '1-800-656-HOPE (4673)' })).toBe(
      'Call\u00a01\u2011800\u2011656\u2011HOPE\u00a0(4673)',
    );
    expect(contactText({ kind: 'text', label: 'Text SHOUT to 85258' })).toBe('Text SHOUT to 85258');
    expect(contactText({ kind: 'text', label: '0458 737 732' })).toBe('Text 0458 737 732');
    expect(contactText({ kind: 'chat', label: 'qlife.org.au' })).toBe('Chat: qlife.org.au');
    expect(contactText({ kind: 'web', label: 'samaritans.org' })).toBe('samaritans.org');
    expect(contactText({ kind: 'email', label: 'help@example.org' })).toBe(
      'Email help@example.org',
    );
  });

  it('lists in words', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('groups countries that share an emergency number, and leaves out the directory', () => {
    const region = (name: string, countries: string[], numbers?: string[]) => ({
      region: name,
      countries,
      emergency: numbers && { numbers },
      resources: [],
    });
    expect(
      emergencyNumbers([
        region('United States', ['US'], ['911']),
        region('United Kingdom', ['GB'], ['999']),
        region('Canada', ['CA'], ['911']),
        region('Ireland', ['IE'], ['112', '999']),
        region('Worldwide', []),
      ]),
    ).toBe(
      '911 in the United States and Canada, 999 in the United Kingdom and 112 or 999 in Ireland',
    );
  });
});

describe('the help block’s inline script', () => {
  it('is the ordering function applied to the reader’s language, nothing else', () => {
    expect(orderScript).toMatch(/^\(function orderHelpLines\(/);
    expect(orderScript).toContain('document.currentScript.previousElementSibling');
    expect(orderScript).toMatch(
      /\(function regionFromLanguage\([^)]*\)[\s\S]*\)\(navigator\.language\)\)$/,
    );
  });

  it('is allowed by the hash the page’s CSP carries', async () => {
    const expected = `sha256-${createHash('sha256').update(orderScript).digest('base64')}`;
    expect(orderScriptHash).toBe(expected);
    expect(await cspSha256('alert(1)')).toBe(
      `sha256-${createHash('sha256').update('alert(1)').digest('base64')}`,
    );
  });
});
