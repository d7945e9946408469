import { SESSION_COOKIE } from '@lianzhao/api';
import type { BrowserContext, Page, Request as PageRequest } from 'playwright-core';
// The tests' launcher: Debian's chromium, a fresh profile, no background traffic.
import { launchBrowser } from '../../tests/support/browser';

export { launchBrowser };

/** What one visit to the leads table showed. */
export interface TableVisit {
  /** From navigation start to the frame that paints the first lead row. */
  ms: number;
  /** The first row's lead title: proof the rows are the expected zone's data. */
  firstTitle: string;
  /** Lead rows in the page when the first rows showed up (virtualised: a window, not every lead). */
  domRows: number;
  /** Leads the page holds in memory (the pages fetched so far). */
  loadedRows: number;
  /** The zone's leads as the `leads` query counts them. */
  totalCount: number;
  /** `first` of each `leads` request the page sent before its first rows. */
  pageSizes: number[];
}

interface FirstRowMark {
  at: number;
  title: string;
}

/**
 * Runs in every page before the app: notes when the first lead row with a title is in the document,
 * then the time of the next animation frame (the one that paints it), relative to navigation start.
 * Recorded inside the page, so the timing carries no DevTools round trip.
 */
function markFirstRow(): void {
  const observer = new MutationObserver(() => {
    const title = document.querySelector('[data-testid=lead-row] th a')?.textContent?.trim();
    if (!title) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      (globalThis as { __lzFirstRow?: FirstRowMark }).__lzFirstRow = { at: performance.now(), title };
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(markFirstRow);
}

/** Signs in over HTTP, as the login page does (not timed); returns the session token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: HTTP ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const [name, token] = cookie.split('=');
  if (name !== SESSION_COOKIE || !token) throw new Error(`sign-in of ${email} set no session cookie`);
  return token;
}

/**
 * Opens the leads table in a new tab as the user of `session` and waits for its first rows.
 * Each visit is a full page load (as a bookmark or a reload would be), with the browser's cache warm.
 */
export async function visitLeadTable(
  context: BrowserContext,
  baseUrl: string,
  session: string,
  options: { afterFirstRows?: (page: Page) => Promise<void> } = {},
): Promise<TableVisit> {
  await context.clearCookies();
  await context.addCookies([{ name: SESSION_COOKIE, value: session, url: baseUrl }]);
  const page = await context.newPage();
  try {
    const leadPages = watchLeadPages(page);
    await page.goto(`${baseUrl}/leads?view=table`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (globalThis as { __lzFirstRow?: FirstRowMark }).__lzFirstRow,
      null,
      { timeout: 60_000 },
    );
    const mark = (await handle.jsonValue()) as FirstRowMark;
    const shape = await tableShape(page);
    const pages = await leadPages.settled();
    const visit: TableVisit = {
      ms: mark.at,
      firstTitle: mark.title,
      domRows: shape.domRows,
      loadedRows: shape.loadedRows,
      totalCount: pages[0]?.totalCount ?? Number.NaN,
      pageSizes: pages.map((p) => p.first),
    };
    await options.afterFirstRows?.(page);
    return visit;
  } finally {
    await page.close();
  }
}

/** Lead rows in the document, and leads loaded (the table's aria-rowcount less its header row). */
export async function tableShape(page: Page): Promise<{ domRows: number; loadedRows: number }> {
  return page.evaluate(() => ({
    domRows: document.querySelectorAll('[data-testid=lead-row]').length,
    loadedRows:
      Number(document.querySelector('[data-testid=leads-table]')?.getAttribute('aria-rowcount') ?? 1) - 1,
  }));
}

/**
 * Scrolls the table to its end `times` times, each time waiting for the next page to arrive: the
 * window of rows in the document must stay small however many leads are loaded.
 */
export async function scrollThrough(
  page: Page,
  times: number,
): Promise<{ domRows: number; loadedRows: number }[]> {
  const shapes = [];
  for (let i = 0; i < times; i++) {
    const before = (await tableShape(page)).loadedRows;
    await page.evaluate(() => {
      const scroller = document.querySelector('[data-testid=leads-table-scroller]');
      scroller?.scrollTo({ top: scroller.scrollHeight });
    });
    await page.waitForFunction(
      (loaded) =>
        Number(document.querySelector('[data-testid=leads-table]')?.getAttribute('aria-rowcount') ?? 1) - 1 >
        loaded,
      before,
      { timeout: 30_000 },
    );
    // Let the virtualiser re-render at the new scroll position before counting.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    shapes.push(await tableShape(page));
  }
  return shapes;
}

/** Notes each `leads` request the page sends (its `first`) and its answer's totalCount. */
function watchLeadPages(page: Page) {
  const answers: Promise<{ first: number; totalCount: number }>[] = [];
  const onRequest = (request: PageRequest) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { query?: string; variables?: { first?: number } } | null;
    if (!body?.query || !/\bquery Leads\(/.test(body.query)) return;
    answers.push(
      request.response().then(async (response) => {
        const json = (await response?.json()) as { data?: { leads?: { totalCount: number } } } | undefined;
        return {
          first: body.variables?.first ?? Number.NaN,
          totalCount: json?.data?.leads?.totalCount ?? Number.NaN,
        };
      }),
    );
  };
  page.on('request', onRequest);
  return {
    /** The answers so far; later requests (pages fetched on scroll) are not watched. */
    settled: () => {
      page.off('request', onRequest);
      return Promise.all(answers);
    },
  };
}
