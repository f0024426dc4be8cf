/** The video hosts an article or a reader tip may embed. */
export const VIDEO_PROVIDERS = ['ted', 'youtube', 'vimeo'] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

export interface VideoRef {
  provider: VideoProvider;
  /** The provider's id: a TED talk slug, an 11-character YouTube id or a numeric Vimeo id. */
  id: string;
}

/**
 * The one set of id rules, shared by the MDX component, the tip file schema and the link parser
 * (`video-link.ts`): a TED slug is lower-case letters, digits and underscores; a YouTube id is
 * 11 characters of its URL-safe alphabet; a Vimeo id is a number of up to 12 digits.
 */
const idPatterns: Record<VideoProvider, RegExp> = {
  ted: /^[a-z0-9_]{1,200}$/,
  youtube: /^[A-Za-z0-9_-]{11}$/,
  vimeo: /^\d{1,12}$/,
};

/** Whether `id` is a well-formed id for `provider` (false for an unknown provider). */
export function isVideoId(provider: string, id: string): boolean {
  return Object.hasOwn(idPatterns, provider) && idPatterns[provider as VideoProvider].test(id);
}

/** Throws with a message an author can act on when the id does not fit the provider. */
export function assertVideoRef(ref: VideoRef): void {
  if (!Object.hasOwn(idPatterns, ref.provider))
    throw new Error(`VideoEmbed: unknown provider "${ref.provider}" (use ted, youtube or vimeo)`);
  if (!isVideoId(ref.provider, ref.id))
    throw new Error(`VideoEmbed: "${ref.id}" is not a valid ${ref.provider} id`);
}

/** The player URL loaded into the iframe once the reader asks for it. */
export function embedUrl(ref: VideoRef): string {
  assertVideoRef(ref);
  switch (ref.provider) {
    case 'ted':
      return `https://embed.ted.com/talks/${ref.id}`;
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${ref.id}?autoplay=1`;
    case 'vimeo':
      return `https://player.vimeo.com/video/${ref.id}?autoplay=1&dnt=1`;
  }
}

/** The page of the video on its host, for readers who prefer to watch it there. */
export function watchUrl(ref: VideoRef): string {
  assertVideoRef(ref);
  switch (ref.provider) {
    case 'ted':
      return `https://www.ted.com/talks/${ref.id}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${ref.id}`;
    case 'vimeo':
      return `https://vimeo.com/${ref.id}`;
  }
}

export const providerNames: Record<VideoProvider, string> = {
  ted: 'TED',
  youtube: 'YouTube',
  vimeo: 'Vimeo',
};
