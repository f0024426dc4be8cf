import type { APIRoute } from 'astro';
import { methodNotAllowed, postSubmission } from '../../../server/submissions/runtime.ts';
import { isPublishedArticle } from '../../../data/articles';

// On demand: the only part of the site that runs per request.
export const prerender = false;

/** POST a reader question (form-encoded or JSON). See src/server/submissions/http.ts. */
export const POST: APIRoute = ({ request, clientAddress }) =>
  postSubmission('question', request, clientAddress, isPublishedArticle);

/** Every other method: 405 with Allow. */
export const ALL: APIRoute = () => methodNotAllowed('POST');
