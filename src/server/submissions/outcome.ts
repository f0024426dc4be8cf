import type { FieldErrors } from './schema.ts';

/** What the service answers to one post; the HTTP layer turns it into JSON or a page. */
export interface Outcome {
  /** HTTP status: 201 accepted; 4xx refused (nothing stored); 503 storage failed. */
  status: number;
  /** A sentence for the reader. */
  message: string;
  /** Reference code of an accepted post. */
  ref?: string;
  /** Problems per field, shown next to each field. */
  errors?: FieldErrors;
  /** Seconds to wait, for 429. */
  retryAfter?: number;
  /** For a plain form post without a token: the checked fields to send again with a fresh token. */
  confirm?: { fields: Record<string, string>; token: string };
}

export const refused = (status: number, message: string, errors?: FieldErrors): Outcome =>
  errors ? { status, message, errors } : { status, message };
