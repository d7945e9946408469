import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createApp } from '@lianzhao/api';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidUscc } from '../../api/src/firms/uscc';
import { checksumProvince, finishLoad } from '../../bench/src/after-load';
import { createBenchToken, pickSubjects } from '../../bench/src/bench-setup';
import { GENERATED_TABLES, generateProvince } from '../../bench/src/generate';
import { CHAIN_GAPS, LEADS_PAGE } from '../../bench/src/queries';
import { SCALES } from '../../bench/src/scales';
import { copySink, insertSink } from '../../bench/src/sinks';
import { graphql, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../support/test-database';

const execFileAsync = promisify(execFile);

/**
 * The benchmark's data generator (bench/src/generate.ts) at its test scale XS: it must write a
 * consistent province the API can read, the same one every time, through INSERT (any database) and
 * COPY (a server) alike. The benchmark itself is not part of the suite (no timed tests).
 */
describe(`bench data generator, scale XS (${TEST_DATABASE_KIND})`, () => {
  const scale = SCALES.XS;
  let database: TestDatabase;
  let checksums: Awaited<ReturnType<typeof checksumProvince>>;

  const truncateProvince = () =>
    sql`TRUNCATE ${sql.join(Object.keys(GENERATED_TABLES).map((t) => sql.table(t)))} RESTART IDENTITY CASCADE`.execute(
      database.db,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await generateProvince({ scale, sink: insertSink(database.db), passwordHash: 'not-a-hash' });
    await finishLoad(database.db, { analyze: false });
    checksums = await checksumProvince(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('writes the sizes of the scale', () => {
    expect(checksums.zone.rows).toBe(scale.zones);
    expect(checksums.chain.rows).toBe(scale.chains);
    expect(checksums.segment.rows).toBe(scale.chains * scale.segmentsPerChain);
    expect(checksums.firm.rows).toBe(scale.firms);
    expect(checksums.supply.rows).toBe(scale.supplies);
    expect(checksums.lead.rows).toBe(scale.leads);
    expect(checksums.project.rows).toBe(scale.projects);
    expect(checksums.milestone.rows).toBe(scale.projects * 6);
    expect(checksums.progress_report.rows).toBeGreaterThan(0);
    expect(checksums.segment_feed.rows).toBeGreaterThan(0);
  });

  it('keeps the rows consistent: valid USCCs, feeds inside one chain, leads on firms elsewhere', async () => {
    const db = database.db;
    const firms = await db.selectFrom('firm').select(['uscc']).where('uscc', 'is not', null).execute();
    expect(firms.length).toBeGreaterThan(scale.firms * 0.9);
    expect(firms.every((f) => isValidUscc(f.uscc!))).toBe(true);
    const crossChainFeeds = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM segment_feed sf
      JOIN segment a ON a.id = sf.from_segment_id JOIN segment b ON b.id = sf.to_segment_id
      WHERE a.chain_id <> sf.chain_id OR b.chain_id <> sf.chain_id`.execute(db);
    expect(Number(crossChainFeeds.rows[0]!.n)).toBe(0);
    const localLeads = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM lead l JOIN firm f ON f.id = l.firm_id WHERE f.zone_id = l.zone_id`.execute(
      db,
    );
    expect(Number(localLeads.rows[0]!.n)).toBe(0);
    const ownersOutsideZone = await sql<{ n: number | string }>`
      SELECT count(*) AS n FROM lead l JOIN app_user u ON u.id = l.owner_id WHERE u.zone_id <> l.zone_id`.execute(
      db,
    );
    expect(Number(ownersOutsideZone.rows[0]!.n)).toBe(0);
  });

  it('crowds suppliers around a few buyers', async () => {
    const { rows } = await sql<{ most: number | string; median: number | string }>`
      SELECT max(n) AS most, percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS median
      FROM (SELECT count(*) AS n FROM supply GROUP BY buyer_id) per_buyer`.execute(database.db);
    expect(Number(rows[0]!.most)).toBeGreaterThan(5 * Number(rows[0]!.median));
  });

  it('is readable through the API with the benchmark token: chainGaps and a leads page answer', async () => {
    const app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const token = await createBenchToken(database.db);
    const subjects = await pickSubjects(database.db, 2);
    const gaps = await graphql<{ chainGaps: { segments: unknown[] } }>(app, CHAIN_GAPS, {
      token: token.secret,
      variables: { zoneId: String(subjects.zoneId), chainId: String(subjects.chainId), candidates: 3 },
    });
    expect(gaps.errors).toBeUndefined();
    expect(gaps.data?.chainGaps.segments).toHaveLength(scale.segmentsPerChain);
    const leads = await graphql<{ leads: { totalCount: number } }>(app, LEADS_PAGE, {
      token: token.secret,
      variables: { first: 10 },
    });
    expect(leads.errors).toBeUndefined();
    expect(leads.data?.leads.totalCount).toBe(scale.leads);
    await token.revoke();
  });

  it('writes the same province again from the same seed, and another from another seed', async () => {
    await truncateProvince();
    await generateProvince({ scale, sink: insertSink(database.db), passwordHash: 'not-a-hash' });
    expect(await checksumProvince(database.db)).toEqual(checksums);

    await truncateProvince();
    await generateProvince({
      scale,
      sink: insertSink(database.db),
      passwordHash: 'not-a-hash',
      seed: 'other',
    });
    expect((await checksumProvince(database.db)).firm.md5).not.toBe(checksums.firm.md5);
  });

  it.skipIf(TEST_DATABASE_KIND !== 'postgres')(
    'writes the same rows through COPY as through INSERT',
    async () => {
      await truncateProvince();
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await generateProvince({ scale, sink: copySink(client), passwordHash: 'not-a-hash' });
      } finally {
        await client.end();
      }
      expect(await checksumProvince(database.db)).toEqual(checksums);
    },
  );
});

/**
 * A smoke run of both commands at scale XS on the server (COPY needs one), so the benchmark cannot
 * rot: it must finish and report every figure. Nothing here asserts a time.
 */
describe.skipIf(TEST_DATABASE_KIND !== 'postgres')('pnpm bench:data and pnpm bench, smoke run at XS', () => {
  const serverUrl = process.env.DATABASE_URL!;
  const name = `lz_test_bench_${randomBytes(6).toString('hex')}`;
  const out = join(tmpdir(), `${name}.json`);
  const run = (script: string, args: string[]) =>
    execFileAsync(
      process.execPath,
      ['--import', 'tsx', script, '--scale', 'XS', '--database', name, ...args],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, DATABASE_URL: serverUrl },
        maxBuffer: 16 * 1024 * 1024,
      },
    );

  afterAll(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    rmSync(out, { force: true });
  });

  it('generates, measures, and writes a result with every figure', { timeout: 240_000 }, async () => {
    const data = await run('bench/src/data-cli.ts', []);
    expect(data.stdout).toContain(`supply             ${SCALES.XS.supplies.toLocaleString('en')}`);
    const bench = await run('bench/src/run.ts', [
      '--runs',
      '1',
      '--seconds',
      '1',
      '--writes',
      '1',
      // The import scenario on a few rows; the PostGraphile peer (an npm install of its own) and the
      // Chromium table are left out of the smoke run.
      '--import-rows',
      '200',
      '--skip',
      'peer,web',
      '--out',
      out,
    ]);
    expect(bench.stdout).toContain('chainGaps warm p50');
    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      failedRequests: number;
      figures: { id: string; value?: { median: number }; notRun?: string }[];
      statements: { first100: number };
    };
    expect(results.failedRequests).toBe(0);
    const measured = (id: string) => results.figures.find((f) => f.id === id)?.value?.median;
    for (const id of [
      'chainGaps.p50',
      'chainGaps.afterWrite',
      'firm.p50Ratio',
      'firm.rpsRatio16',
      'search.usccP50',
      'import.rowsPerSecond',
      'import.ratio',
    ]) {
      expect(measured(id), id).toBeGreaterThan(0);
    }
    expect(results.statements.first100).toBeGreaterThan(0);
    expect(results.figures.every((f) => f.value !== undefined || f.notRun)).toBe(true);
  });
});
