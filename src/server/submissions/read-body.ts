/** Thrown when a body is bigger than allowed; the HTTP layer answers 413. */
export class BodyTooLarge extends Error {}

/**
 * Reads a request body as text, stopping as soon as it passes `maxBytes` so that a 1 GB post
 * costs us `maxBytes` of memory, not 1 GB.
 */
export async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
