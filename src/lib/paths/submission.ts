// Where the reader-tip and question forms post (on-demand routes under src/pages/api/). Part of
// src/lib/paths (see index.ts).

/** The endpoint of one kind of submission. */
export const submissionEndpoint = (kind: 'tip' | 'question') => `/api/submissions/${kind}/`;
