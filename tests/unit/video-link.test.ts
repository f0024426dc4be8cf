import { describe, expect, it } from 'vitest';
import { parseVideoLink } from '../../src/lib/video-link';

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
