import { isVideoId, watchUrl, type VideoProvider, type VideoRef } from './video.ts';

/** A video link we accept, reduced to its provider and id and rebuilt in one canonical form. */
export interface VideoLink extends VideoRef {
  /** Canonical https URL on the host (see `watchUrl`), e.g. https://www.youtube.com/watch?v=abcdefghijk */
  url: string;
}

/** The host without the "www." or "m." a reader's browser may have added. */
function host(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:www|m)\./, '');
}

/** The provider and the raw id a URL points at, before the id rules are checked. */
function candidate(url: URL): { provider: VideoProvider; id: string | undefined } | undefined {
  const h = host(url);
  const [first, second, ...more] = url.pathname.split('/').filter(Boolean);
  if (h === 'youtu.be') return { provider: 'youtube', id: first };
  if (h === 'youtube.com' || h === 'youtube-nocookie.com') {
    if (first === 'watch') return { provider: 'youtube', id: url.searchParams.get('v') ?? '' };
    if (first === 'shorts' || first === 'embed' || first === 'live')
      return { provider: 'youtube', id: second };
    return undefined;
  }
  if (h === 'vimeo.com') return { provider: 'vimeo', id: second ? undefined : first };
  if (h === 'player.vimeo.com' && first === 'video') return { provider: 'vimeo', id: second };
  if ((h === 'ted.com' || h === 'embed.ted.com') && first === 'talks' && more.length === 0)
    return { provider: 'ted', id: second?.toLowerCase() };
  return undefined;
}

/**
 * Parses a link to a talk or video on YouTube, Vimeo or TED and returns its canonical form, or
 * undefined for anything else: other hosts, other schemes, credentials or ports in the URL, and
 * ids that break the rules in `video.ts`. Pure, so the tip form's server check, the moderation
 * tool and the tests all read a link the same way.
 */
export function parseVideoLink(raw: string): VideoLink | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.port) return undefined;
  const found = candidate(url);
  if (!found?.id || !isVideoId(found.provider, found.id)) return undefined;
  const ref: VideoRef = { provider: found.provider, id: found.id };
  return { ...ref, url: watchUrl(ref) };
}
