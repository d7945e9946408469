import { secureHeaders } from 'hono/secure-headers';

/**
 * The security headers of every response: a strict content security policy (scripts only from this
 * site, no framing), no referrer across sites, and hono's defaults (nosniff, HSTS and the like).
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Svelte sets inline style attributes (transitions, dynamic widths).
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
  });
}
