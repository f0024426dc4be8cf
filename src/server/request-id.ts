import { randomBytes } from 'node:crypto';

/** Header that carries the request id: set by the front door on every answer and on the request. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A short random id for one request, e.g. "k3m9q2p7xa": logged with anything that goes wrong and
 * shown to the reader as the reference of a failure, so that the two can be matched.
 */
export function newRequestId(): string {
  let id = '';
  for (const b of randomBytes(10)) id += (b % 36).toString(36);
  return id;
}
