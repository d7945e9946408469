import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { Logger } from '../logger';
import type { AppEnv } from './app-env';

/** One structured log line per request, with an id that the request's own log lines carry too. */
export function requestLogger(log: Logger) {
  return createMiddleware<AppEnv>(async function requestLogger(c, next) {
    const requestId = c.req.header('x-request-id')?.slice(0, 100) ?? randomUUID();
    const start = performance.now();
    c.set('requestId', requestId);
    c.set('services', { ...c.var.services, log: log.child({ requestId }) });
    await next();
    // On the finished response in place: c.header() at this point makes hono rebuild the response and
    // stream its body out, on every request.
    c.res.headers.set('x-request-id', requestId);
    log.debug(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - start),
      },
      'request',
    );
  });
}
