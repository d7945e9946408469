/**
 * `pnpm bench [--scale S|M|L] [--runs 3] [--seconds 10] [--writes 10] [--import-rows 100000]
 * [--skip peer,import,web] [--database name] [--out file] [--only load,load]`: measures the API on the
 * database `pnpm bench:data` wrote, prints the targets of issue #9 with their figures, and writes
 * bench/results/<date>-<scale>.json (or `--out`). PostgreSQL only. `--skip` leaves out the scenarios
 * that need more than the API (the PostGraphile peer, the import, the web table in Chromium); `--only`
 * (names of the loads in loads.ts) measures just those loads while working on one target, printed,
 * with no results file.
 */
import { loadavg } from 'node:os';
import { migrateToLatest, openDatabase } from '@lianzhao/api';
import { vacuumAnalyze } from './after-load';
import { argument } from './args';
import { benchDatabaseName, databaseExists, databaseUrl, requireServerUrl } from './bench-database';
import { startBenchServer } from './bench-server';
import {
  createBenchToken,
  describeEnvironment,
  pendingMigrations,
  pickSubjects,
  removeBenchLeads,
} from './bench-setup';
import { buildFigures } from './figures';
import { measureImport } from './import-scenario';
import { benchLoads, type LoadSpec } from './loads';
import { type LoadFigures, measureLoad } from './measure';
import { checkPeerAgrees, type PostGraphilePeer, startPostGraphilePeer } from './peer';
import { passes, renderTable } from './report';
import { writeResultsFile } from './results-file';
import { parseScale } from './scales';
import { checkResponses, countStatements, timeAfterWrites } from './scenarios';
import { assetHeaders, firstVisitJs } from './web-assets';
import { measureLeadTable } from './web-table';

const serverUrl = requireServerUrl();
const scale = parseScale(argument('scale'));
const runs = Math.max(1, Number(argument('runs') ?? 3));
const seconds = Math.max(1, Number(argument('seconds') ?? 10));
const writes = Math.max(1, Number(argument('writes') ?? 10));
const importRows = Math.max(1, Number(argument('import-rows') ?? 100_000));
const skip = new Set(argument('skip')?.split(',') ?? []);
const only = argument('only')?.split(',');
const name = benchDatabaseName(scale, argument('database'));
if (!(await databaseExists(serverUrl, name))) {
  console.error(`No database ${name}: run \`pnpm bench:data --scale ${scale.name}\` first.`);
  process.exit(2);
}
const url = databaseUrl(serverUrl, name);
const phases: Record<string, number> = {};
const started = performance.now();
let mark = started;
const phase = (label: string) => {
  const now = performance.now();
  phases[label] = Math.round(now - mark);
  mark = now;
};

const handle = await openDatabase({ databaseUrl: url });
const pending = await pendingMigrations(handle.db);
if (pending.length > 0) {
  // Upgraded like a production database: migrations must work on data already there.
  console.log(`${name} predates migration ${pending.join(', ')}: migrating it first.`);
  await migrateToLatest(handle.db);
}
// As a server with autovacuum would keep it (this project's servers run with it off).
await vacuumAnalyze(handle.db);
const token = await createBenchToken(handle.db);
const subjects = await pickSubjects(handle.db, runs * writes);
const environment = await describeEnvironment(handle.db);
const server = await startBenchServer(url);
// The peer of the list query: PostGraphile 5 on its own Node 22 over the same database (bench/peer).
const peerStart: PostGraphilePeer | { notRun: string } =
  skip.has('peer') || (only && !only.includes('peerZoneFirms16'))
    ? { notRun: 'left out (--skip peer)' }
    : await startPostGraphilePeer(url);
const peer = 'notRun' in peerStart ? null : peerStart;
phase('setup (VACUUM ANALYZE, token, subjects, API and peer start)');
const createdLeads: number[] = [];
try {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token.secret}` };
  const gapVariables = { zoneId: String(subjects.zoneId), chainId: String(subjects.chainId), candidates: 10 };
  const loads = benchLoads({ baseUrl: server.url, headers, subjects, gapVariables, peer });

  // Every load must answer correctly before anything is timed; then a warm-up (JIT, pool, caches).
  await checkResponses(server.url, headers, subjects, gapVariables);
  if (peer)
    await checkPeerAgrees({ lianzhaoUrl: `${server.url}/graphql`, headers, peer, zoneId: subjects.zoneId });
  if (only) {
    await measureOnly(only, loads);
  } else {
    for (const load of Object.values(loads)) await measureLoad({ ...load, seconds: Math.min(3, seconds) });
    phase('check + warm-up');

    const figures: Record<string, number[]> = {};
    const add = (key: string, value: number) => {
      figures[key] ??= [];
      figures[key].push(value);
    };
    let failures = 0;
    for (let run = 1; run <= runs; run++) {
      const measured: Record<string, LoadFigures> = {};
      for (const [key, load] of Object.entries(loads)) {
        measured[key] = await measureLoad({ ...load, seconds });
        failures += measured[key].failures;
      }
      const r = (key: string) => measured[key]!;
      add('chainGapsP50', r('chainGaps').p50);
      add('chainGapsP99', r('chainGaps').p99);
      add('chainGapsRps', r('chainGaps').rps);
      add('gapRowsSqlP50', r('gapRowsSql').p50);
      add('chainGapsVsSql', r('chainGaps').p50 / r('gapRowsSql').p50);
      add('firmGraphqlP50', r('firmGraphql1').p50);
      add('firmRestP50', r('firmRest1').p50);
      add('firmP50Ratio', r('firmGraphql1').p50 / r('firmRest1').p50);
      add('firmGraphqlRps16', r('firmGraphql16').rps);
      add('firmRestRps16', r('firmRest16').rps);
      add('firmRpsRatio16', r('firmGraphql16').rps / r('firmRest16').rps);
      add('firmGraphqlP99_16', r('firmGraphql16').p99);
      add('searchSubstringP50', r('searchSubstring').p50);
      add('searchInitialsP50', r('searchInitials').p50);
      add('searchUsccP50', r('searchUscc').p50);
      add('zoneFirmsRps16', r('zoneFirms16').rps);
      add('zoneFirmsP95_16', r('zoneFirms16').p95);
      if (peer) {
        add('peerRps16', r('peerZoneFirms16').rps);
        add('peerP95_16', r('peerZoneFirms16').p95);
        add('peerRpsRatio', r('zoneFirms16').rps / r('peerZoneFirms16').rps);
        add('peerP95Ratio', r('zoneFirms16').p95 / r('peerZoneFirms16').p95);
      }
      const afterWrite = await timeAfterWrites(
        server.url,
        headers,
        subjects,
        gapVariables,
        run,
        writes,
        createdLeads,
      );
      add('afterWriteP50', afterWrite.p50);
      add('afterWriteMax', afterWrite.max);
      console.log(`run ${run}/${runs} done (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    phase(`measure (${runs} runs × ${Object.keys(loads).length} loads × ${seconds} s, + ${writes} writes)`);

    const statements = await countStatements(server.url, headers);
    const js = firstVisitJs();
    const asset = js ? await assetHeaders(server.url, js.entry) : null;
    const peakRss = server.peakRssMb();
    phase('N+1 statement count, web assets');

    // Last, because they write: the import adds and removes firms, the web table has its own database.
    let imported: Awaited<ReturnType<typeof measureImport>> | null = null;
    if (!skip.has('import')) {
      for (let run = 1; run <= runs; run++) {
        imported = await measureImport(url, { rows: importRows });
        add('importRowsPerSecond', imported.rowsPerSecond);
        add('importBaselineRowsPerSecond', imported.baselineRowsPerSecond);
        add('importRatio', imported.ratio);
      }
      phase(`import of ${importRows.toLocaleString('en')} firms (${runs} runs)`);
    }
    let table: Awaited<ReturnType<typeof measureLeadTable>> | null = null;
    if (!skip.has('web')) {
      table = await measureLeadTable({ databaseUrl: serverUrl, runs });
      for (const ratio of table.ratio) add('webTableRatio', ratio);
      for (const ms of table.bigMs) add('webTableBigMs', ms);
      for (const ms of table.smallMs) add('webTableSmallMs', ms);
      phase('web: 10,000-row and 100-row lead tables in Chromium');
    }

    const report = buildFigures({
      runs: figures,
      statements,
      js,
      asset,
      peakRss,
      skipped: {
        postgraphile: peer ? null : (peerStart as { notRun: string }).notRun,
        import: skip.has('import') ? 'left out (--skip import)' : null,
        browser: skip.has('web') ? 'left out (--skip web)' : null,
      },
      importRows,
    });
    phases.total = Math.round(performance.now() - started);

    console.log(
      `\nScale ${scale.name} (${scale.firms.toLocaleString('en')} firms, ${scale.supplies.toLocaleString('en')} supply relations); ` +
        `${runs} runs of ${seconds} s per load; zone ${subjects.zoneId}, chain ${subjects.chainId} ` +
        `(${subjects.chainFirms} firms of the chain, ${subjects.localFirms} local).`,
    );
    if (scale.name !== 'L')
      console.log('Targets are set for scale L; at smaller scales they are indicative.');
    if (failures > 0)
      console.log(`WARNING: ${failures} failed requests (non-2xx, errors, timeouts) during measurement.`);
    console.log(`\n${renderTable(report)}\n`);
    console.log(
      `leads(first: 100) sent, after ${statements.auth} for authentication: ` +
        `${statements.first100Statements.slice(statements.auth).join('; ')}`,
    );
    if (js) console.log(`first-visit JS: ${js.files.join(', ')}`);
    if (asset)
      console.log(
        `${js?.entry}: HTTP ${asset.status}, content-encoding ${asset.encoding ?? 'none'}, cache-control "${asset.cacheControl}"`,
      );
    if (table)
      console.log(
        `web table: ${table.bigRows} and ${table.smallRows} leads; virtualised: ${table.window.virtualised} ` +
          `(${table.window.atFirstRows.domRows} rows in the page, ${table.window.atFirstRows.loadedRows} loaded at first paint)`,
      );
    console.log(
      `load average (1, 5, 15 min) at start ${fmtLoad(environment.machine.loadAverageAtStart)}, at end ${fmtLoad(loadavg())}\n`,
    );
    for (const [label, ms] of Object.entries(phases))
      console.log(`  ${label.padEnd(70)} ${(ms / 1000).toFixed(1)} s`);

    const file = writeResultsFile(
      {
        date: new Date().toISOString(),
        scale,
        settings: {
          runs,
          secondsPerLoad: seconds,
          writesPerRun: writes,
          importRows,
          skipped: [...skip],
          loopback: true,
          serverProcess: 'child, NODE_ENV=production',
        },
        subjects: {
          zoneId: subjects.zoneId,
          chainId: subjects.chainId,
          chainFirms: subjects.chainFirms,
          localFirms: subjects.localFirms,
        },
        ...environment,
        loadAverageAtEnd: loadavg(),
        failedRequests: failures,
        figures: report.map((f) => ({ ...f, pass: passes(f) ?? null })),
        statements,
        web: { firstVisitJs: js, assetHeaders: asset, leadTable: table },
        import: imported,
        phasesMs: phases,
      },
      { scale: scale.name, out: argument('out') },
    );
    console.log(`\nWrote ${file}`);
  }
} finally {
  await peer?.stop();
  await server.stop();
  await removeBenchLeads(handle.db, createdLeads);
  await token.revoke();
  await handle.close();
}

/** `--only`: the named loads, warmed up, then each run's p50, p99 and throughput; no results file. */
async function measureOnly(names: string[], loads: Record<string, LoadSpec>): Promise<void> {
  const unknown = names.filter((n) => !(n in loads));
  if (unknown.length > 0)
    throw new Error(`Unknown load ${unknown.join(', ')}; known: ${Object.keys(loads).join(', ')}`);
  for (const n of names) await measureLoad({ ...loads[n]!, seconds: Math.min(3, seconds) });
  for (let run = 1; run <= runs; run++)
    for (const n of names) {
      const f = await measureLoad({ ...loads[n]!, seconds });
      console.log(
        `run ${run} ${n.padEnd(16)} p50 ${f.p50.toFixed(2)} ms  p99 ${f.p99.toFixed(2)} ms  ${f.rps} req/s  failures ${f.failures}`,
      );
    }
}

function fmtLoad(load: number[]): string {
  return load.map((l) => l.toFixed(1)).join(' / ');
}
