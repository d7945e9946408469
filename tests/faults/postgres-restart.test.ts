import { createApp, type DatabaseHandle, migrateToLatest, openDatabase } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import {
  type PrivatePostgres,
  privatePostgresAvailability,
  startPrivatePostgres,
} from '../support/private-postgres';

// A restart needs a cluster of the test's own; it runs in the PostgreSQL pass of the suite (the
// PGlite pass has nothing to restart), and wherever the server binaries are installed.
const availability = privatePostgresAvailability();
const skipReason = !process.env.DATABASE_URL
  ? 'runs in the PostgreSQL pass (DATABASE_URL set)'
  : !availability.available
    ? availability.reason
    : undefined;

const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
const WORKERS = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(skipReason !== undefined)(
  `PostgreSQL restarted under load (${skipReason ?? 'private cluster'})`,
  () => {
    let cluster: PrivatePostgres;
    let database: DatabaseHandle;
    let app: ReturnType<typeof createApp>;
    let cookie: string;
    let zoneId: number;
    let firmIds: number[];

    beforeAll(async () => {
      cluster = await startPrivatePostgres();
      database = await openDatabase({ databaseUrl: cluster.url });
      await migrateToLatest(database.db);
      const make = createFactories(database.db);
      const zone = await make.zone();
      zoneId = zone.id;
      const officer = await make.user({ role: 'OFFICER', zoneId });
      const firms = await database.db
        .insertInto('firm')
        .values(Array.from({ length: 3000 }, (_, i) => ({ name: `故障测试企业${i}` })))
        .returning('id')
        .execute();
      firmIds = firms.map((f) => f.id);
      app = createApp({ db: database.db, config: testConfig(), log: silentLog });
      cookie = await signIn(app, officer.email, TEST_PASSWORD);
    });

    afterAll(async () => {
      await database?.close();
      await cluster?.destroy();
    });

    it('fails in-flight requests with a retryable UNAVAILABLE, loses no committed write, and recovers by itself', async () => {
      const succeeded = new Map<number, number>(); // firm id -> lead id, for every answered createLead
      const failedCodes: string[] = [];
      let nextFirm = 0;
      let running = true;

      const worker = async () => {
        while (running && nextFirm < firmIds.length) {
          const firmId = firmIds[nextFirm++] as number;
          const result = await graphql<{ createLead: { id: string } }>(app, CREATE_LEAD, {
            cookie,
            variables: { input: { zoneId: String(zoneId), firmId: String(firmId), title: `线索${firmId}` } },
          });
          if (result.data?.createLead) {
            succeeded.set(firmId, Number(result.data.createLead.id));
          } else {
            failedCodes.push(String(result.errors?.[0]?.extensions?.code ?? result.status));
            await sleep(50);
          }
        }
      };
      const until = async (condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) => {
        const deadline = Date.now() + timeoutMs;
        while (!(await condition())) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
          await sleep(50);
        }
      };
      const health = async () => (await app.request('/health')).status;

      const workers = Array.from({ length: WORKERS }, worker);
      await until(() => succeeded.size >= 30, 'writes before the restart');

      await cluster.stop();
      const healthDuringOutage = await health();
      await sleep(500);
      const failuresDuringOutage = failedCodes.length;
      await cluster.start();

      await until(async () => (await health()) === 200, '/health to recover');
      const afterRestart = succeeded.size;
      await until(() => succeeded.size >= afterRestart + 30, 'writes after the restart');
      running = false;
      await Promise.all(workers);

      expect(healthDuringOutage).toBe(503);
      expect(failuresDuringOutage).toBeGreaterThan(0);
      // Every failure said "retry", none was a masked internal error.
      expect(new Set(failedCodes)).toEqual(new Set(['UNAVAILABLE']));

      // Every write the API confirmed is there...
      const rows = await database.db
        .selectFrom('lead')
        .select(['id', 'firm_id'])
        .where('zone_id', '=', zoneId)
        .execute();
      const stored = new Map(rows.map((r) => [r.firm_id, r.id]));
      for (const [firmId, leadId] of succeeded) expect(stored.get(firmId)).toBe(leadId);
      // ...and nothing is half-written: each stored lead has its first stage change and its audit entry,
      // written in the same transaction.
      const orphans = await database.db
        .selectFrom('lead')
        .select('lead.id')
        .where('lead.zone_id', '=', zoneId)
        .where((eb) =>
          eb.or([
            eb.not(
              eb.exists(
                eb.selectFrom('lead_stage_change').whereRef('lead_stage_change.lead_id', '=', 'lead.id'),
              ),
            ),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('audit_entry')
                  .where('audit_entry.entity', '=', 'lead')
                  .whereRef('audit_entry.entity_id', '=', 'lead.id'),
              ),
            ),
          ]),
        )
        .execute();
      expect(orphans).toEqual([]);
    }, 120_000);
  },
);
