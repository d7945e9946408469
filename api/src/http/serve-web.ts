import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger';
import type { AppEnv } from './app-env';
import { webAssets } from './web-assets';

/**
 * Serves the built web app, and its `index.html` for every other path so that deep links such as
 * `/chains/3` load the app, which then routes in the browser.
 */
export function serveWeb(distDir: string, log: Logger): MiddlewareHandler<AppEnv> {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    log.warn({ distDir }, 'web app not built: run `pnpm --filter @lianzhao/web build`');
    return async function webNotBuilt(c) {
      return c.text('The web app is not built. Run: pnpm --filter @lianzhao/web build', 503);
    };
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  const assets = serveStatic({ root: distDir });
  const hashedAssets = webAssets(join(distDir, 'assets'));
  return async function serveWeb(c, next) {
    if (/^\/(graphql|auth\/|exports\/)/.test(c.req.path)) return next();
    const hashed = c.req.path.match(/^\/assets\/([^/]+)$/)?.[1];
    if (hashed !== undefined) return (await hashedAssets(c, hashed)) ?? c.notFound();
    // The shell itself always takes the no-cache answer below, also when asked for by its name.
    const isShell = c.req.path === '/' || c.req.path === '/index.html';
    if (!isShell) {
      let missing = false;
      const response = await assets(c, async () => {
        missing = true;
      });
      if (response && !missing) return response;
      // A missing file (`/favicon.ico`) is a 404; any other path is a route of the app.
      if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound();
    }
    // Hashed assets are immutable; the HTML shell must be revalidated so a new build is picked up.
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml);
  };
}
