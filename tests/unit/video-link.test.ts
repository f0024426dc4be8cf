import { describe, expect, it } from 'vitest';
import { isVideoId, watchUrl, type VideoProvider } from '../../src/lib/video';
import { parseVideoLink } from '../../src/lib/video-link';
import { tipFileSchema } from '../../src/schemas/tip';

describe('parseVideoLink', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['http://youtu.be/dQw4w9WgXcQ?si=abc', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['https://vimeo.com/76979871', 'https://vimeo.com/76979871'],
    ['https://player.vimeo.com/video/76979871?h=1', 'https://vimeo.com/76979871'],
    [
      'https://www.ted.com/talks/Some_Talk_Name?language=en',
      'https://www.ted.com/talks/some_talk_name',
    ],
  ])('normalises %s', (input, url) => {
    expect(parseVideoLink(input)?.url).toBe(url);
  });

  it.each([
    'https://example.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ',
    'ftp://youtube.com/watch?v=dQw4w9WgXcQ',
    'https://user:pw@youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com:8443/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC123',
    'https://vimeo.com/channels/staffpicks/1',
    'https://www.ted.com/playlists/1',
    'not a url',
  ])('refuses %s', (input) => {
    expect(parseVideoLink(input)).toBeUndefined();
  });

  it('reports provider and id', () => {
    expect(parseVideoLink('https://vimeo.com/123456')).toEqual({
      provider: 'vimeo',
      id: '123456',
      url: 'https://vimeo.com/123456',
    });
  });
});

describe('one set of id rules for the link parser, the tip file schema and the MDX component', () => {
  const tip = (video: { provider: string; id: string }) =>
    tipFileSchema.safeParse({
      ref: 'T-7K3M-9Q2P',
      article: 'a',
      video,
      submitted: '2026-01-01',
      approved: '2026-01-02',
    }).success;

  it.each([
    ['youtube', 'dQw4w9WgXcQ', true],
    ['youtube', 'short', false],
    ['vimeo', '123', true],
    ['vimeo', '76979871', true],
    ['vimeo', '12ab', false],
    ['ted', 'brene_brown_the_power_of_vulnerability', true],
    ['ted', 'Brene_Brown', false],
    ['ted', 'a-b', false],
    ['dailymotion', 'x7tgad0', false],
  ])('%s id %s: %s everywhere', (provider, id, ok) => {
    expect(isVideoId(provider, id)).toBe(ok);
    expect(tip({ provider, id })).toBe(ok);
    if (provider !== 'dailymotion') {
      const ref = { provider: provider as VideoProvider, id };
      if (ok) expect(parseVideoLink(watchUrl(ref))).toMatchObject(ref);
      else expect(() => watchUrl(ref)).toThrow();
    }
  });

  it('reads a short Vimeo number and a TED link in any case, like the embed does', () => {
    expect(parseVideoLink('https://vimeo.com/123')).toMatchObject({ provider: 'vimeo', id: '123' });
    expect(parseVideoLink('https://embed.ted.com/talks/Some_Talk')?.url).toBe(
      'https://www.ted.com/talks/some_talk',
    );
  });
});
