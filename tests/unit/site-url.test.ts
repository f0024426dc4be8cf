import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/config/site-url.mjs';

describe('SITE_URL', () => {
  it('defaults to the placeholder origin and strips paths', () => {
    expect(siteUrl(undefined)).toBe('https://closer.example');
    expect(siteUrl(' https://example.org/some/path ')).toBe('https://example.org');
  });

  it('refuses values that are not http(s) URLs', () => {
    expect(() => siteUrl('example.org')).toThrow('SITE_URL must be an absolute URL');
    expect(() => siteUrl('ftp://example.org')).toThrow('must use http or https');
  });
});
