import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { Kysely } from 'kysely';
import { authRoutes } from '../auth/auth.routes';
import { chainGapExportRoutes } from '../chain-gaps/chain-gaps-export.routes';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import { unsubscribeRoutes } from '../digests/unsubscribe.routes';
import { firmsExportRoutes } from '../exports/firms-export.routes';
import { leadsExportRoutes } from '../exports/leads-export.routes';
import { createGraphQLHandler } from '../graphql/yoga';
import { importRoutes } from '../imports/imports.routes';
import type { Logger } from '../logger';
import { rankingExportRoutes } from '../metrics/ranking-export.routes';
import { projectsExportRoutes } from '../projects/projects-export.routes';
import type { AppEnv } from './app-env';
import { authenticate } from './authenticate';
import { graphqlRoute } from './graphql-route';
import { handleError } from './handle-error';
import { healthRoute } from './health';
import { requestLogger } from './request-logger';
import { securityHeaders } from './security-headers';
import { serveWeb } from './serve-web';

export interface AppDependencies {
  db: Kysely<Database>;
  config: Config;
  log: Logger;
}

/**
 * The whole HTTP surface: `/health`, `/auth/*`, `/graphql`, and the web app for every other GET.
 * Tests call `createApp(deps).request('/path')` in-process.
 */
export function createApp({ db, config, log }: AppDependencies) {
  const app = new Hono<AppEnv>();
  const graphql = createGraphQLHandler({ development: config.nodeEnv === 'development', log });

  app.use(requestLogger(log));
  app.use(securityHeaders());
  app.use(async function provideServices(c, next) {
    c.set('services', { db, config, log: c.var.services?.log ?? log, viewer: null });
    await next();
  });

  // Bodies are small JSON documents; the limit also counts chunked bodies as they stream in.
  const limitBody = bodyLimit({
    maxSize: 256 * 1024,
    onError: (c) => c.json({ error: { code: 'VALIDATION', message: 'Request body too large' } }, 413),
  });

  app.get('/health', healthRoute());
  // csrf(): a cross-site form cannot post to /auth (the Origin must be this site's).
  app.use('/auth/*', limitBody, csrf());
  app.route('/auth', authRoutes());
  app.route('/exports', chainGapExportRoutes());
  // graphqlRoute reads the body itself, with the same 256 KiB limit, after authenticate (which never
  // reads it); hono's bodyLimit would build a full WHATWG request just to count the bytes.
  app.on(['GET', 'POST'], '/graphql', authenticate(), graphqlRoute(graphql));
  app.route('/exports', projectsExportRoutes());
  // Uploads have their own 20 MB limit (the 256 KiB one above is for JSON bodies).
  app.route('/imports', importRoutes());
  app.route('/exports', firmsExportRoutes());
  app.route('/exports', leadsExportRoutes());
  app.route('/exports', rankingExportRoutes());
  // Signed one-click unsubscribe links from digest mails: no session, no CSRF check (RFC 8058).
  app.route('/digests', unsubscribeRoutes());
  app.get('*', serveWeb(config.webDist, log));

  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: 'No such endpoint' } }, 404));
  app.onError(handleError(log));
  return app;
}
