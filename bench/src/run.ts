/**
 * `pnpm bench [--scale S|M|L] [--runs 3] [--seconds 10] [--writes 10] [--database name] [--out file]
 * [--only load,load]`: measures the API on the database `pnpm bench:data` wrote, prints the targets of
 * issue #9 with their figures, and writes bench/results/<date>-<scale>.json (or `--out`). PostgreSQL only.
 * `--only` (names of `loads` below) measures just those loads while working on one target; such a run
 * prints its figures but writes no results file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrateToLatest, openDatabase } from '@lianzhao/api';
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
import { type Load, type LoadFigures, measureLoad } from './measure';
import { body, CHAIN_GAPS, FIRM, FIRM_SEARCH, ZONE_FIRMS } from './queries';
import { passes, renderTable } from './report';
import { parseScale } from './scales';
import { checkResponses, countStatements, timeAfterWrites, unsupported } from './scenarios';
import { assetHeaders, firstVisitJs } from './web-assets';

const serverUrl = requireServerUrl();
const scale = parseScale(argument('scale'));
const runs = Math.max(1, Number(argument('runs') ?? 3));
const seconds = Math.max(1, Number(argument('seconds') ?? 10));
const writes = Math.max(1, Number(argument('writes') ?? 10));
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
const token = await createBenchToken(handle.db);
const subjects = await pickSubjects(handle.db, runs * writes);
const environment = await describeEnvironment(handle.db);
const server = await startBenchServer(url);
phase('setup (token, subjects, server start)');
const createdLeads: number[] = [];
try {
  const graphql = `${server.url}/graphql`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token.secret}` };
  const gapVariables = { zoneId: String(subjects.zoneId), chainId: String(subjects.chainId), candidates: 10 };
  const post = (bodies: string[], connections = 1): Omit<Load, 'seconds'> => ({
    url: graphql,
    method: 'POST',
    headers,
    bodies,
    connections,
  });
  const get = (paths: string[], connections = 1): Omit<Load, 'seconds'> => ({
    url: server.url,
    method: 'GET',
    headers,
    paths,
    connections,
  });
  const firmBodies = subjects.firmIds.map((id) => body(FIRM, { id: String(id) }));
  const firmPaths = subjects.firmIds.map((id) => `/bench/firm/${id}`);
  // Search terms that occur in generated names: a pair of name characters, their pinyin initials
  // after a city (保定瑞达 → bdrd), and whole USCCs.
  const loads = {
    chainGaps: post([body(CHAIN_GAPS, gapVariables)]),
    gapRowsSql: get([`/bench/gap-rows?zoneId=${subjects.zoneId}&chainId=${subjects.chainId}`]),
    firmGraphql1: post(firmBodies),
    firmRest1: get(firmPaths),
    firmGraphql16: post(firmBodies, 16),
    firmRest16: get(firmPaths, 16),
    searchSubstring: post(['瑞达', '华鑫', '恒源', '科博'].map((search) => body(FIRM_SEARCH, { search }))),
    searchInitials: post(['bdrd', 'tshx', 'sjzhy', 'lfkb'].map((search) => body(FIRM_SEARCH, { search }))),
    searchUscc: post(subjects.usccs.map((search) => body(FIRM_SEARCH, { search }))),
    zoneFirms16: post([body(ZONE_FIRMS, { zoneId: String(subjects.zoneId) })], 16),
  } satisfies Record<string, Omit<Load, 'seconds'>>;
  type LoadName = keyof typeof loads;

  // Every load must answer correctly before anything is timed; then a warm-up (JIT, pool, caches).
  await checkResponses(server.url, headers, subjects, gapVariables);
  const only = argument('only')?.split(',');
  if (only) {
    await measureOnly(only, loads, seconds, runs);
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
      const r = {} as Record<LoadName, LoadFigures>;
      // The loads of one run follow each other, so the ratios compare figures taken minutes apart at most.
      for (const key of Object.keys(loads) as LoadName[]) {
        r[key] = await measureLoad({ ...loads[key], seconds });
        failures += r[key].failures;
      }
      add('chainGapsP50', r.chainGaps.p50);
      add('chainGapsP99', r.chainGaps.p99);
      add('chainGapsRps', r.chainGaps.rps);
      add('gapRowsSqlP50', r.gapRowsSql.p50);
      add('chainGapsVsSql', r.chainGaps.p50 / r.gapRowsSql.p50);
      add('firmGraphqlP50', r.firmGraphql1.p50);
      add('firmRestP50', r.firmRest1.p50);
      add('firmP50Ratio', r.firmGraphql1.p50 / r.firmRest1.p50);
      add('firmGraphqlRps16', r.firmGraphql16.rps);
      add('firmRestRps16', r.firmRest16.rps);
      add('firmRpsRatio16', r.firmGraphql16.rps / r.firmRest16.rps);
      add('firmGraphqlP99_16', r.firmGraphql16.p99);
      add('searchSubstringP50', r.searchSubstring.p50);
      add('searchInitialsP50', r.searchInitials.p50);
      add('searchUsccP50', r.searchUscc.p50);
      add('zoneFirmsRps16', r.zoneFirms16.rps);
      add('zoneFirmsP95_16', r.zoneFirms16.p95);
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
    phase('N+1 statement count, web assets');
    const table = buildFigures({
      runs: figures,
      statements,
      js,
      asset,
      peakRss: server.peakRssMb(),
      skipped: unsupported(),
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
    console.log(`\n${renderTable(table)}\n`);
    console.log(
      `leads(first: 100) sent, after ${statements.auth} for authentication: ` +
        `${statements.first100Statements.slice(statements.auth).join('; ')}`,
    );
    if (js) console.log(`first-visit JS: ${js.files.join(', ')}`);
    if (asset)
      console.log(
        `${js?.entry}: HTTP ${asset.status}, content-encoding ${asset.encoding ?? 'none'}, cache-control "${asset.cacheControl}"`,
      );
    console.log(
      `load average (1, 5, 15 min) at start ${fmtLoad(environment.machine.loadAverageAtStart)}, at end ${fmtLoad(loadavg())}\n`,
    );
    for (const [label, ms] of Object.entries(phases))
      console.log(`  ${label.padEnd(70)} ${(ms / 1000).toFixed(1)} s`);

    const day = new Date().toISOString().slice(0, 10);
    const out = argument('out');
    const file = out
      ? pathToFileURL(resolve(process.env.INIT_CWD ?? process.cwd(), out))
      : new URL(`../results/${day}-${scale.name}.json`, import.meta.url);
    mkdirSync(new URL('.', file), { recursive: true });
    const results = {
      date: new Date().toISOString(),
      scale,
      settings: {
        runs,
        secondsPerLoad: seconds,
        writesPerRun: writes,
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
      figures: table.map((f) => ({ ...f, pass: passes(f) ?? null })),
      statements,
      web: { firstVisitJs: js, assetHeaders: asset },
      phasesMs: phases,
    };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    // In the repository's own format, so a committed result passes `biome check`.
    try {
      execFileSync(
        fileURLToPath(new URL('../../node_modules/.bin/biome', import.meta.url)),
        ['format', '--write', fileURLToPath(file)],
        { stdio: 'ignore' },
      );
    } catch {
      // Formatting is a nicety: the figures are written either way.
    }
    console.log(`\nWrote ${file.pathname}`);
  }
} finally {
  await server.stop();
  await removeBenchLeads(handle.db, createdLeads);
  await token.revoke();
  await handle.close();
}

/** `--only`: the named loads, warmed up, then each run's p50, p99 and throughput; no results file. */
async function measureOnly(
  names: string[],
  loads: Record<string, Omit<Load, 'seconds'>>,
  seconds: number,
  runs: number,
): Promise<void> {
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
