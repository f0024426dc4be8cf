// Fails early, with the fix, when the browser the e2e tests need is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}.\n` +
      "The browser tests use Debian's Chromium (Playwright cannot download its own browser here). Install it with:\n" +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to an installed Chromium or Chrome binary.',
  );
  process.exit(1);
}
