/** The two encodings our forms use: a plain HTML form post, and the island's JSON. */
export type Encoding = 'form' | 'json';

/** Picks the encoding from a Content-Type header, or undefined for anything else. */
export function encodingOf(contentType: string | null): Encoding | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'application/json') return 'json';
  return undefined;
}

/** Turns a body into a flat record of fields, or undefined when it is not one. */
export function parseFields(body: string, encoding: Encoding): Record<string, unknown> | undefined {
  if (encoding === 'form') {
    const params = new URLSearchParams(body);
    const out: Record<string, unknown> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      // A field sent twice is not something our form does; keep both so the schema refuses it as "not text".
      out[key] = values.length === 1 ? values[0] : values;
    }
    return out;
  }
  try {
    const value: unknown = JSON.parse(body);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return value as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
