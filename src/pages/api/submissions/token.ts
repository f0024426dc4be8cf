import type { APIRoute } from 'astro';
import { methodNotAllowed, tokenResponse } from '../../../server/submissions/runtime.ts';

export const prerender = false;

/** GET a fresh time-trap token for a form that is about to be filled in. */
export const GET: APIRoute = () => tokenResponse();

/** HEAD answers as GET does (Node drops the body); `ALL` would otherwise catch it. */
export const HEAD: APIRoute = () => tokenResponse();

/** Every other method: 405 with Allow. */
export const ALL: APIRoute = () => methodNotAllowed('GET, HEAD');
