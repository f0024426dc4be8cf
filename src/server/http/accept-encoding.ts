/** The encodings written at build time (src/integrations/compress.ts), best first. */
export type Encoding = 'br' | 'gzip';

/**
 * The best of `available` that an Accept-Encoding header allows, or undefined for the plain file.
 * Highest q wins; on a tie, the order of `available`. `*` stands for codings not named; q=0 refuses;
 * a malformed q counts as a refusal, so a garbled header gets the plain file, never a guess.
 */
export function preferredEncoding(
  header: string | undefined,
  available: readonly Encoding[],
): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='))?.slice(2);
    const weight =
      q === undefined ? 1 : /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(q) ? Number(q) : 0;
    weights.set(name, Math.max(weights.get(name) ?? 0, weight));
  }
  let best: Encoding | undefined;
  let bestWeight = 0;
  for (const encoding of available) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
