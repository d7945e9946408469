import { createRequire } from 'node:module';
import type { createApp } from '@lianzhao/api';

/**
 * hono and @hono/node-server are dependencies of the api package, not of bench (adding them needs an
 * install): the bench server borrows them. Hono comes from the app createApp built (so it is the
 * api's own copy); the node adapter is loaded from the api package's dependencies.
 */
export type ApiApp = ReturnType<typeof createApp>;

export function honoClassOf(app: ApiApp): new () => ApiApp {
  return app.constructor as new () => ApiApp;
}

interface NodeServer {
  close(callback?: (error?: Error) => void): void;
}

const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));

/** @hono/node-server's `serve`, the adapter the api's own server uses. */
export const serve = (
  requireFromApi('@hono/node-server') as {
    serve(
      options: { fetch: ApiApp['fetch']; port: number; hostname: string },
      listening: (info: { port: number }) => void,
    ): NodeServer;
  }
).serve;
