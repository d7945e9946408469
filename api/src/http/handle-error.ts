import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, httpStatusOf } from '../errors';
import type { Logger } from '../logger';

/** REST errors as `{ error: { code, message } }`; unexpected ones are logged and masked. */
export function handleError(log: Logger): ErrorHandler {
  return function handleError(error, c) {
    if (error instanceof AppError) {
      return c.json({ error: { code: error.code, message: error.message } }, httpStatusOf(error.code));
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: { code: 'VALIDATION', message: error.message } }, error.status);
    }
    log.error({ err: error, path: c.req.path }, 'unexpected error');
    return c.json({ error: { code: 'INTERNAL', message: 'Unexpected error.' } }, 500);
  };
}
