// Kept as plain JS because astro.config.mjs and the production server launcher read it without a build.

/** Hosts a video facade may navigate its frame to once the reader presses play. */
const videoFrames = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://embed.ted.com',
];

/**
 * Astro's `security.csp`: Astro hashes every script and style it emits and adds them to
 * script-src / style-src; these are the other directives, identical on every page.
 * No 'unsafe-inline' anywhere. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search.
 * @type {NonNullable<import('astro').AstroUserConfig['security']>}
 */
export const securityConfig = {
  // The submission routes run their own origin check (src/server/submissions/origin.ts): it also
  // covers JSON posts and knows the public origin behind a proxy, which Astro's check does not.
  checkOrigin: false,
  csp: {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      `frame-src 'self' ${videoFrames.join(' ')}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  },
};

/**
 * Headers the server adds to every response (static files and on-demand routes). The CSP itself
 * comes from Astro (per page, with its hashes); these complete it.
 * @param {{ https: boolean }} request
 * @returns {Record<string, string>}
 */
export function securityHeaders({ https }) {
  /** @type {Record<string, string>} */
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    // For browsers and pages without a CSP header (on-demand responses, files): no framing by others.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // HSTS only means something over HTTPS; sent over plain HTTP it would be ignored (and wrong on localhost).
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
