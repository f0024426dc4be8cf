// Kept as plain JS because astro.config.mjs reads it before TypeScript is available.
const fallback = 'https://closer.example';

/**
 * Returns the public origin of the site, validated, without a trailing slash.
 * @param {string | undefined} value the SITE_URL environment variable
 * @returns {string}
 */
export function siteUrl(value) {
  const raw = value?.trim() || fallback;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  return url.origin;
}
