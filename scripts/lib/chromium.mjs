// How every browser run here starts Chromium: Debian's build (Playwright cannot download its own on
// these machines), with the flags that keep it from reaching for the network on its own.
import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for Playwright's chromium.launch() and the Playwright config. */
export const launchOptions = () => ({ executablePath: chromiumPath(), args: chromiumArgs });

export const installHint =
  `Chromium not found at ${chromiumPath()}.\n` +
  "The browser tests use Debian's Chromium (Playwright cannot download its own browser here). Install it with:\n" +
  '  sudo apt-get update && sudo apt-get install -y chromium\n' +
  'or set CHROMIUM_PATH to an installed Chromium or Chrome binary.';

export const hasChromium = () => existsSync(chromiumPath());
