import type { SessionUser } from '../graphql/me.ts';
import { type AppError, isErrorCode } from './errors.ts';

export type LoginOutcome = { user: SessionUser; error?: undefined } | { user?: undefined; error: AppError };

/**
 * Signs in through `POST /auth/login`, which sets the HttpOnly session cookie.
 * A wrong email and a wrong password both come back as INVALID_CREDENTIALS, on purpose.
 */
export async function postLogin(email: string, password: string): Promise<LoginOutcome> {
  let response: Response;
  try {
    response = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { error: { code: 'NETWORK' } };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const user = (body as { user?: SessionUser } | undefined)?.user;
    return user ? { user } : { error: { code: 'INTERNAL' } };
  }
  return { error: errorFromBody(body, response.status) };
}

/** Ends the session (`POST /auth/logout`, 204). Failing to reach the server is not an error here. */
export async function postLogout(): Promise<void> {
  try {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
  } catch {
    // The cookie may outlive this tab's state; the next request will simply be unauthenticated.
  }
}

/** Ends every session of the signed-in user, on every device (`POST /auth/logout-everywhere`). */
export async function postLogoutEverywhere(): Promise<
  { ended: number; error?: undefined } | { error: AppError }
> {
  let response: Response;
  try {
    response = await fetch('/auth/logout-everywhere', {
      method: 'POST',
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    return { error: { code: 'NETWORK' } };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ended: Number((body as { ended?: unknown } | undefined)?.ended ?? 0) };
  return {
    error: response.status === 401 ? { code: 'UNAUTHENTICATED' } : errorFromBody(body, response.status),
  };
}

function errorFromBody(body: unknown, status: number): AppError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const message = typeof error?.message === 'string' ? error.message : undefined;
  if (isErrorCode(error?.code)) return { code: error.code, message };
  if (status === 401) return { code: 'INVALID_CREDENTIALS', message };
  if (status === 429) return { code: 'RATE_LIMITED', message };
  if (status === 400) return { code: 'VALIDATION', message };
  return { code: status >= 500 ? 'INTERNAL' : 'NETWORK', message };
}
