import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { viewerFromApiToken, viewerFromSession } from '../auth/auth.service';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { Viewer } from '../auth/viewer';
import type { AppEnv } from './app-env';

/**
 * Finds the viewer of a request: `Authorization: Bearer <token>` for scripts, else the session
 * cookie. It never rejects: each endpoint decides (GraphQL answers UNAUTHENTICATED).
 */
export function authenticate() {
  return createMiddleware<AppEnv>(async function authenticate(c, next) {
    const services = c.var.services;
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = getCookie(c, SESSION_COOKIE);
    let viewer: Viewer | null = null;
    if (bearer) viewer = await viewerFromApiToken(services.db, bearer);
    else if (cookie) viewer = await viewerFromSession(services, cookie);
    c.set('services', { ...services, viewer });
    await next();
  });
}
