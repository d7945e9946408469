import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startDemoServer } from './demo-server';

type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/**
 * Registers hooks that start the demo server and a chromium for the enclosing `describe`, and stop
 * them after; the returned object gives access once they run.
 */
export function useDemoBrowser(): { readonly server: DemoServer; readonly context: BrowserContext } {
  let server: DemoServer | undefined;
  let chromium: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    server = await startDemoServer();
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the demo server is not started yet');
      return server;
    },
    get context() {
      if (!chromium) throw new Error('chromium is not started yet');
      return chromium.context;
    },
  };
}

/** Signs in through the login page with the demo password and waits to land on `next`. */
export async function signInThroughPage(
  page: Page,
  baseUrl: string,
  email: string,
  next: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.fill('input[type=email]', email);
  await page.fill('input[type=password]', 'lianzhao-demo');
  await page.press('input[type=password]', 'Enter');
  await page.waitForURL((url) => url.pathname === next, { timeout: 20_000 });
}
