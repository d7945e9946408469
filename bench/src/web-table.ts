import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@lianzhao/api';
import { startBenchServer } from './bench-server';
import {
  launchBrowser,
  prepareContext,
  scrollThrough,
  signIn,
  type TableVisit,
  visitLeadTable,
} from './web-table-browser';
import {
  BIG_ZONE,
  createTableDatabase,
  dropTableDatabase,
  SMALL_ZONE,
  type TableZone,
  WEB_TABLE_PASSWORD,
} from './web-table-data';

/** How the big table's page held its rows: the evidence that it is virtualised. */
export interface TableWindow {
  /** Lead rows in the document, and leads loaded, when the first rows showed. */
  atFirstRows: { domRows: number; loadedRows: number };
  /** `first` of each `leads` request sent before the first rows. */
  pageSizes: number[];
  /** After each scroll to the end of the table (one page more loaded each time). */
  afterScrolls: { domRows: number; loadedRows: number }[];
  /** True when the page fetched and rendered only part of the leads at any point. */
  virtualised: boolean;
}

export interface LeadTableFigures {
  /** Per run, ms from navigation start to the frame painting the first rows of the 10,000-lead zone. */
  bigMs: number[];
  /** The same for the 100-lead zone, in the same run. */
  smallMs: number[];
  /** bigMs / smallMs, per run (target: <= 1.5). */
  ratio: number[];
  /** The leads of each table, as the page's `leads` query counted them. */
  bigRows: number;
  smallRows: number;
  window: TableWindow;
}

/** Scrolls through the big table once, during warm-up, to see that its window of rows stays small. */
const SCROLLS = 3;

/**
 * Issue #9's web target: a 10,000-row lead table shows its first rows in at most 1.5x the time a
 * 100-row table takes. Builds its own scratch database on the server of `databaseUrl` (so the
 * benchmark databases are untouched), starts the API on it in production mode, and opens the leads
 * table in headless chromium as the officer of each zone, alternating which comes first per run,
 * after one untimed visit to each. Drops the scratch database at the end.
 */
export async function measureLeadTable(options: {
  databaseUrl: string;
  runs: number;
}): Promise<LeadTableFigures> {
  // The server it starts serves the app from here (web/dist, or WEB_DIST); without it, nothing to time.
  const webDist = loadConfig().webDist;
  if (!existsSync(join(webDist, 'index.html'))) throw new Error(`the web app is not built (${webDist})`);
  const url = await createTableDatabase(options.databaseUrl);
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined;
  let chromium: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    server = await startBenchServer(url, 'web-table-server');
    chromium = await launchBrowser();
    await prepareContext(chromium.context);
    const base = server.url;
    const context = chromium.context;
    const sessions = {
      big: await signIn(base, BIG_ZONE.email, WEB_TABLE_PASSWORD),
      small: await signIn(base, SMALL_ZONE.email, WEB_TABLE_PASSWORD),
    };

    // Warm-up: the browser caches the app's assets, the server compiles its hot paths, PostgreSQL
    // reads the pages. The big table is also scrolled through here, untimed.
    let afterScrolls: TableWindow['afterScrolls'] = [];
    const bigWarm = await visitLeadTable(context, base, sessions.big, {
      afterFirstRows: async (page) => {
        afterScrolls = await scrollThrough(page, SCROLLS);
      },
    });
    const smallWarm = await visitLeadTable(context, base, sessions.small);
    expectZone(bigWarm, BIG_ZONE);
    expectZone(smallWarm, SMALL_ZONE);

    const bigMs: number[] = [];
    const smallMs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      // Alternate which table goes first, so neither always follows the other's work.
      const order = run % 2 === 0 ? (['big', 'small'] as const) : (['small', 'big'] as const);
      for (const which of order) {
        const zone = which === 'big' ? BIG_ZONE : SMALL_ZONE;
        const visit = await visitLeadTable(context, base, sessions[which]);
        expectZone(visit, zone);
        (which === 'big' ? bigMs : smallMs).push(visit.ms);
      }
    }

    const atFirstRows = { domRows: bigWarm.domRows, loadedRows: bigWarm.loadedRows };
    const shapes = [atFirstRows, ...afterScrolls];
    return {
      bigMs,
      smallMs,
      ratio: bigMs.map((ms, i) => ms / smallMs[i]!),
      bigRows: bigWarm.totalCount,
      smallRows: smallWarm.totalCount,
      window: {
        atFirstRows,
        pageSizes: bigWarm.pageSizes,
        afterScrolls,
        virtualised: shapes.every(
          (shape) => shape.domRows < shape.loadedRows && shape.loadedRows < bigWarm.totalCount,
        ),
      },
    };
  } finally {
    await chromium?.close();
    await server?.stop();
    await dropTableDatabase(options.databaseUrl);
  }
}

/** A visit that showed another zone's rows, or a count other than planned, measured nothing. */
function expectZone(visit: TableVisit, zone: TableZone): void {
  if (!visit.firstTitle.startsWith(zone.titlePrefix) || visit.totalCount !== zone.leads) {
    throw new Error(
      `the leads table of ${zone.email} showed "${visit.firstTitle}" of ${visit.totalCount} leads; expected ${zone.titlePrefix}… of ${zone.leads}`,
    );
  }
}
