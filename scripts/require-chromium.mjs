// Fails early, with the fix, when the browser the e2e tests need is missing.
import { hasChromium, installHint } from './lib/chromium.mjs';

if (!hasChromium()) {
  console.error(installHint);
  process.exit(1);
}
