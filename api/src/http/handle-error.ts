import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode, httpStatusOf } from '../errors';
import type { Logger } from '../logger';
import { databaseUnavailableError, isDatabaseUnavailable } from '../shared/pg-errors';

/**
 * Errors that escape a route (including the authentication step in front of /graphql): REST routes
 * answer `{ error: { code, message } }`, /graphql answers in GraphQL's own shape so that its clients
 * read the code where they always do. Unexpected errors are logged and masked.
 */
export function handleError(log: Logger): ErrorHandler {
  return function handleError(error, c) {
    if (error instanceof AppError) return reply(c, error.code, error.message, httpStatusOf(error.code));
    if (error instanceof HTTPException && error.status < 500) {
      return reply(c, 'VALIDATION', error.message, error.status);
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error, path: c.req.path }, 'database unavailable');
      const unavailable = databaseUnavailableError(error);
      return reply(c, unavailable.code, unavailable.message, 503);
    }
    log.error({ err: error, path: c.req.path }, 'unexpected error');
    return reply(c, 'INTERNAL', 'Unexpected error.', 500);
  };
}

function reply(c: Context, code: ErrorCode, message: string, status: ContentfulStatusCode) {
  if (c.req.path === '/graphql') return c.json({ errors: [{ message, extensions: { code } }] }, status);
  return c.json({ error: { code, message } }, status);
}
