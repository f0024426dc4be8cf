/**
 * Cross-site request forgery guard: a post must say where it comes from (Origin, or Referer for old
 * browsers) and that must be the site itself or an origin configured in ALLOWED_ORIGINS.
 */
export function originAllowed(
  origin: string | null,
  referer: string | null,
  allowed: readonly string[],
): boolean {
  const claimed = origin && origin !== 'null' ? origin : referer;
  if (!claimed) return false;
  let parsed: string;
  try {
    parsed = new URL(claimed).origin;
  } catch {
    return false;
  }
  return allowed.includes(parsed);
}
