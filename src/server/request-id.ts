import { randomUUID } from 'node:crypto';

/** Header that carries the request id: set by the front door on every answer and on the request. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A short random id for one request, e.g. "3f9a1c0b7d2e": logged with anything that goes wrong and
 * shown to the reader as the reference of a failure, so that the two can be matched. (randomUUID
 * draws from a cache of random bytes: cheap enough for every request.)
 */
export function newRequestId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 12);
}
