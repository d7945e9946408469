import type { Handler } from 'hono';
import { pingDatabase } from '../db/database';
import type { AppEnv } from './app-env';

/** `GET /health`: 200 when the database answers, 503 when it does not (for load balancers). */
export function healthRoute(): Handler<AppEnv> {
  return async function health(c) {
    const ok = await pingDatabase(c.var.services.db);
    return c.json({ status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down' }, ok ? 200 : 503);
  };
}
