/**
 * Runs `compute` once per build and hands every later caller the same promise: thousands of pages
 * ask for the same lists, and each page must not get a copy of the whole catalogue. In dev the
 * value is computed afresh on every call, so an edited file shows on the next reload.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    value ??= compute();
    return value;
  };
}
