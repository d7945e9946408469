import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address, for login throttling and session records. Behind a proxy set TRUST_PROXY=1
 * so the first X-Forwarded-For address is used; otherwise that header is ignored (it can be forged).
 */
export function clientIp(c: Context): string | null {
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // in-process requests (tests) have no socket
  }
}
