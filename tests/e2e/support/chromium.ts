import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright cannot download its own browser on these machines. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const chromiumInstallHint =
  'Chromium is needed for the browser tests. On Debian or Ubuntu run:\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium\n' +
  'or point CHROMIUM_PATH at an installed Chromium or Chrome binary.';

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}
