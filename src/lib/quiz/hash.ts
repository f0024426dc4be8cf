/**
 * FNV-1a (32-bit) as a short base-36 string. Not security: it only lets a link notice that it was
 * edited or cut short, and lets a saved answer notice that the quiz it belongs to has changed.
 */
export function shortHash(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
