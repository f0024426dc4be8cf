/**
 * Loading a script module again after it failed (the reader was offline for a moment). Browsers
 * that follow the HTML standard keep a failed module in the page's module map, so importing the
 * same address again fails at once without asking the network: a retry has to ask for the same
 * file under another address. Pure, unit-tested.
 */

/**
 * The address of the module a failed `import()` names in its error: Chromium says "Failed to fetch
 * dynamically imported module: <address>", Firefox "error loading dynamically imported module:
 * <address>". Safari names none.
 */
export function failedModuleAddress(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const address = /\bimported module:\s*(\S+)/i.exec(message)?.[1];
  if (!address) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? address : undefined;
  } catch {
    return undefined;
  }
}

/** The same file under a new address for the `attempt`-th retry (1, 2, …). */
export function retryAddress(address: string, attempt: number): string {
  const url = new URL(address, 'http://relative.invalid');
  url.searchParams.set('retry', String(attempt));
  return url.origin === 'http://relative.invalid' ? url.pathname + url.search + url.hash : url.href;
}
