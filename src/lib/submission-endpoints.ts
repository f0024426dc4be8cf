/**
 * Where the reader-tip and question forms post (on-demand routes under `src/pages/api/`). Apart
 * from `paths.ts` so that the forms' bundle stays one chunk (see the note there).
 */
export const submissionEndpoint = (kind: 'tip' | 'question') => `/api/submissions/${kind}/`;
