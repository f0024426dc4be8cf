/** The CSP source for an inline script or style: `sha256-<base64 of the SHA-256 of its text>`. */
export async function cspSha256(text: string): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
