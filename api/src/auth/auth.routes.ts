import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors';
import type { AppEnv } from '../http/app-env';
import { clientIp, clientUsesHttps } from '../http/client-ip';
import { toUserJson } from '../users/user-json';
import { login, logout, logoutEverywhere } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/** `POST /auth/login`, `/auth/logout` and `/auth/logout-everywhere`: the browser's session cookie. */
export function authRoutes() {
  const routes = new Hono<AppEnv>();

  routes.post('/login', async (c) => {
    const body = await c.req.json().catch(() => null);
    const { user, zone, sessionToken, expiresAt } = await login(c.var.services, {
      email: body?.email,
      password: body?.password,
      ip: clientIp(c),
      userAgent: c.req.header('user-agent') ?? null,
    });
    // A new session on every sign-in: a cookie planted before it (session fixation) ends here.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await logout(c.var.services.db, previous);
    setCookie(c, SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: clientUsesHttps(c),
      path: '/',
      expires: expiresAt,
    });
    return c.json({ user: toUserJson(user, zone) });
  });

  routes.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(c.var.services.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  routes.post('/logout-everywhere', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const ended = token ? await logoutEverywhere(c.var.services, token) : 0;
    if (ended === 0) throw new AppError('UNAUTHENTICATED', 'Not signed in');
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ended });
  });

  return routes;
}
