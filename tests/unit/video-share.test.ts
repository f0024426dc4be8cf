import { describe, expect, it } from 'vitest';
import { assertVideoRef, embedUrl, watchUrl } from '../../src/lib/video';
import { videoFacadeDocument } from '../../src/lib/video-facade';
import { shareTargets } from '../../src/lib/share';

describe('video embeds', () => {
  it('builds player and watch URLs for each host', () => {
    expect(embedUrl({ provider: 'ted', id: 'frances_frei_how_to_build_and_rebuild_trust' })).toBe(
      'https://embed.ted.com/talks/frances_frei_how_to_build_and_rebuild_trust',
    );
    expect(embedUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' })).toContain(
      'youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(watchUrl({ provider: 'vimeo', id: '76979871' })).toBe('https://vimeo.com/76979871');
  });

  it('refuses ids that do not fit the host, with a message for the author', () => {
    expect(() => assertVideoRef({ provider: 'youtube', id: 'short' })).toThrow(
      '"short" is not a valid youtube id',
    );
    expect(() => assertVideoRef({ provider: 'vimeo', id: '12ab' })).toThrow('not a valid vimeo id');
    expect(() => assertVideoRef({ provider: 'ted', id: '../x' })).toThrow();
  });

  it('escapes the label inside the facade document', () => {
    const doc = videoFacadeDocument({
      playUrl: 'https://embed.ted.com/talks/a',
      label: '<b>"x"</b>',
      stylesheet: '/_astro/video-facade.css',
    });
    expect(doc).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(doc).toContain('<link rel="stylesheet" href="/_astro/video-facade.css">');
    expect(doc).not.toContain('<b>');
  });

  it('puts the poster drawn here behind the play link, as a decorative image', () => {
    const doc = videoFacadeDocument({
      playUrl: 'https://embed.ted.com/talks/a',
      label: 'A talk',
      stylesheet: '/_astro/video-facade.css',
      poster: '/_astro/video-poster.abc.svg',
    });
    expect(doc).toContain('<img src="/_astro/video-poster.abc.svg" alt=""><a href=');
  });
});

describe('share links', () => {
  it('carries the encoded canonical URL in every target', () => {
    const url = 'https://closer.example/advice/emotional-intimacy/';
    const targets = shareTargets(url, 'Closeness & trust');
    expect(targets.map((t) => t.name)).toEqual(['Facebook', 'X', 'Pinterest', 'WhatsApp', 'Email']);
    for (const t of targets) expect(t.href).toContain(encodeURIComponent(url));
    expect(targets.find((t) => t.name === 'X')?.href).toContain('text=Closeness%20%26%20trust');
  });
});
