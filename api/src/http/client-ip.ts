import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const trustProxy = () => process.env.TRUST_PROXY === '1';

/**
 * The client's address, for login throttling and session records. Behind a proxy set TRUST_PROXY=1
 * so the first X-Forwarded-For address is used; otherwise that header is ignored (it can be forged).
 */
export function clientIp(c: Context): string | null {
  if (trustProxy()) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // in-process requests (tests) have no socket
  }
}

/**
 * Whether the client reached us over https. A load balancer that ends TLS forwards plain http, so
 * behind a trusted proxy its X-Forwarded-Proto decides (the session cookie's Secure flag rests on it).
 */
export function clientUsesHttps(c: Context): boolean {
  if (trustProxy()) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (forwarded) return forwarded === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}
