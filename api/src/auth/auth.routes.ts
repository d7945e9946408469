import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env';
import { clientIp } from '../http/client-ip';
import { toUserJson } from '../users/user-json';
import { login, logout } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/** `POST /auth/login` and `POST /auth/logout`: the browser's session cookie. */
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
    setCookie(c, SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: new URL(c.req.url).protocol === 'https:',
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

  return routes;
}
