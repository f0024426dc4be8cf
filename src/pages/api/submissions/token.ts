import type { APIRoute } from 'astro';
import { tokenResponse } from '../../../server/submissions/runtime.ts';

export const prerender = false;

/** GET a fresh time-trap token for a form that is about to be filled in. */
export const GET: APIRoute = () => tokenResponse();
