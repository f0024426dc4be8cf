/** A video link we accept, reduced to its provider and id and rebuilt in one canonical form. */
export interface VideoLink {
  provider: 'youtube' | 'vimeo' | 'ted';
  id: string;
  /** Canonical https URL, e.g. https://www.youtube.com/watch?v=abcdefghijk */
  url: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{5,12}$/;
const TED_SLUG = /^[a-z0-9_]{3,200}$/;

function host(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:www|m)\./, '');
}

function youtubeId(url: URL): string | undefined {
  const h = host(url);
  const segments = url.pathname.split('/').filter(Boolean);
  if (h === 'youtu.be') return segments[0];
  if (h !== 'youtube.com' && h !== 'youtube-nocookie.com') return undefined;
  if (segments[0] === 'watch') return url.searchParams.get('v') ?? undefined;
  if (segments[0] === 'shorts' || segments[0] === 'embed' || segments[0] === 'live')
    return segments[1];
  return undefined;
}

function vimeoId(url: URL): string | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  if (host(url) === 'vimeo.com') return segments.length === 1 ? segments[0] : undefined;
  if (url.hostname.toLowerCase() === 'player.vimeo.com' && segments[0] === 'video')
    return segments[1];
  return undefined;
}

function tedSlug(url: URL): string | undefined {
  const h = host(url);
  const segments = url.pathname.split('/').filter(Boolean);
  if (h === 'ted.com' && segments[0] === 'talks' && segments.length === 2)
    return segments[1]?.toLowerCase();
  if (h === 'embed.ted.com' && segments[0] === 'talks' && segments.length === 2)
    return segments[1]?.toLowerCase();
  return undefined;
}

/**
 * Parses a link to a talk or video on YouTube, Vimeo or TED and returns its canonical form,
 * or undefined for anything else (other hosts, other schemes, credentials or ports in the URL).
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

  const yt = youtubeId(url);
  if (yt !== undefined) {
    return YOUTUBE_ID.test(yt)
      ? { provider: 'youtube', id: yt, url: `https://www.youtube.com/watch?v=${yt}` }
      : undefined;
  }
  const vimeo = vimeoId(url);
  if (vimeo !== undefined) {
    return VIMEO_ID.test(vimeo)
      ? { provider: 'vimeo', id: vimeo, url: `https://vimeo.com/${vimeo}` }
      : undefined;
  }
  const ted = tedSlug(url);
  if (ted !== undefined) {
    return TED_SLUG.test(ted)
      ? { provider: 'ted', id: ted, url: `https://www.ted.com/talks/${ted}` }
      : undefined;
  }
  return undefined;
}
