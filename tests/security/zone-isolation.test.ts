import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { type GraphQLField, getNamedType } from 'graphql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { apiSchema, operationFor, type TargetIds } from './schema-walk';

/**
 * Walks EVERY root query and mutation of the schema (a new field is covered the day it is added) and
 * aims each at zone B's objects while signed in as someone who must not see zone B. Oracles:
 * - zone B's secret text and amount never appear in any answer;
 * - lead and project connections count nothing of zone B;
 * - zone B's rows are byte-for-byte unchanged after every mutation.
 */
const SECRET = 'ZB-SECRET-7f3a';
const SECRET_AMOUNT = 424242.42;

describe(`zone isolation over the whole schema (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let ids: TargetIds;
  const probes: Record<string, { cookie?: string; token?: string }> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    app = createApp({ db, config: testConfig(), log: silentLog });
    const make = createFactories(db);
    const zoneA = await make.zone();
    const zoneB = await make.zone();
    const { chain, segments } = await make.chain();
    const firm = await db
      .insertInto('firm')
      .values({ name: '示例目标企业' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const officerB = await make.user({ role: 'OFFICER', zoneId: zoneB.id });
    const lead = await db
      .insertInto('lead')
      .values({
        zone_id: zoneB.id,
        firm_id: firm.id,
        title: SECRET,
        planned_investment: SECRET_AMOUNT,
        owner_id: officerB.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('lead_segment')
      .values({ lead_id: lead.id, segment_id: segments.vehicle.id })
      .execute();
    await db
      .insertInto('activity')
      .values({ lead_id: lead.id, kind: 'NOTE', summary: SECRET, author_id: officerB.id })
      .execute();
    const project = await db
      .insertInto('project')
      .values({
        zone_id: zoneB.id,
        firm_id: firm.id,
        name: SECRET,
        total_investment: SECRET_AMOUNT,
        accountable_leader_name: SECRET,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('milestone')
      .values({ project_id: project.id, kind: 'CONSTRUCTION_START', planned_on: '2026-03-01', note: SECRET })
      .execute();
    await db
      .insertInto('progress_report')
      .values({
        project_id: project.id,
        iso_week: '2026-W47',
        progress: SECRET,
        problems: SECRET,
        support_needed: SECRET,
      })
      .execute();
    const token = await db
      .insertInto('api_token')
      .values({ user_id: officerB.id, name: SECRET, token_hash: 'x'.repeat(64), token_prefix: 'lzt_xxxxxx' })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids = {
      zone: zoneB.id,
      chain: chain.id,
      segment: segments.vehicle.id,
      firm: firm.id,
      lead: lead.id,
      project: project.id,
      apiToken: token.id,
      user: officerB.id,
    };

    const officerA = await make.user({ role: 'OFFICER', zoneId: zoneA.id });
    const analyst = await make.user({ role: 'ANALYST' }); // no grant at all
    const leader = await make.user({ role: 'LEADER', zoneId: zoneA.id });
    probes['officer of zone A'] = { cookie: await signIn(app, officerA.email, TEST_PASSWORD) };
    probes['analyst without a grant'] = { cookie: await signIn(app, analyst.email, TEST_PASSWORD) };
    probes['leader of zone A'] = { cookie: await signIn(app, leader.email, TEST_PASSWORD) };
    const created = await graphql<{ createApiToken: { token: string } }>(
      app,
      'mutation { createApiToken(input: { name: "probe", scope: READ_WRITE }) { token } }',
      probes['officer of zone A'],
    );
    probes['API token of zone A officer'] = { token: created.data!.createApiToken.token };
  });
  afterAll(() => database.close());

  /** Zone B's rows (and zone B's user's tokens), serialised: any change by a probe shows as a difference. */
  async function zoneBSnapshot(): Promise<string> {
    const zone = ids.zone;
    const queries = [
      sql`SELECT * FROM lead WHERE zone_id = ${zone} ORDER BY id`,
      sql`SELECT ls.* FROM lead_segment ls JOIN lead l ON l.id = ls.lead_id WHERE l.zone_id = ${zone} ORDER BY 1, 2`,
      sql`SELECT c.* FROM lead_stage_change c JOIN lead l ON l.id = c.lead_id WHERE l.zone_id = ${zone} ORDER BY c.id`,
      sql`SELECT a.* FROM activity a LEFT JOIN lead l ON l.id = a.lead_id LEFT JOIN project p ON p.id = a.project_id
          WHERE l.zone_id = ${zone} OR p.zone_id = ${zone} ORDER BY a.id`,
      sql`SELECT * FROM project WHERE zone_id = ${zone} ORDER BY id`,
      sql`SELECT m.* FROM milestone m JOIN project p ON p.id = m.project_id WHERE p.zone_id = ${zone} ORDER BY m.id`,
      sql`SELECT r.* FROM progress_report r JOIN project p ON p.id = r.project_id WHERE p.zone_id = ${zone} ORDER BY r.id`,
      sql`SELECT * FROM api_token WHERE user_id = ${ids.user} ORDER BY id`,
      sql`SELECT * FROM app_user WHERE id = ${ids.user}`,
    ];
    const parts: unknown[] = [];
    for (const query of queries) parts.push((await query.execute(database.db)).rows);
    return JSON.stringify(parts);
  }

  const schema = apiSchema();
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

  it('covers the whole schema: every root field is probed', () => {
    expect(queries.length).toBeGreaterThan(5);
    expect(mutations.length).toBeGreaterThan(3);
  });

  it.each(queries.map((field) => [field.name, field] as const))(
    'query %s shows nothing of zone B to anyone without access',
    async (_name, field: GraphQLField<unknown, unknown>) => {
      const operation = operationFor('query', field, ids);
      for (const [who, credentials] of Object.entries(probes)) {
        const result = await graphql(app, operation, credentials);
        const body = JSON.stringify(result);
        expect(body, `${who}: ${operation}`).not.toContain(SECRET);
        expect(body, `${who}: ${operation}`).not.toContain(String(SECRET_AMOUNT));
        const data = result.data as Record<string, { totalCount?: number } | null> | null | undefined;
        if (
          /^(Lead|Project)/.test(getNamedType(field.type).name) &&
          data?.[field.name]?.totalCount !== undefined
        ) {
          expect(data[field.name]?.totalCount, `${who}: ${operation}`).toBe(0);
        }
        for (const error of result.errors ?? []) {
          expect(error.message, `${who}: ${operation}`).not.toMatch(/select |insert |update |at \w+ \(/i);
        }
      }
    },
  );

  it.each(mutations.map((field) => [field.name, field] as const))(
    'mutation %s changes nothing of zone B',
    async (_name, field: GraphQLField<unknown, unknown>) => {
      const operation = operationFor('mutation', field, ids);
      for (const [who, credentials] of Object.entries(probes)) {
        const before = await zoneBSnapshot();
        const result = await graphql(app, operation, credentials);
        expect(await zoneBSnapshot(), `${who}: ${operation} -> ${JSON.stringify(result.errors)}`).toBe(
          before,
        );
        expect(JSON.stringify(result), `${who}: ${operation}`).not.toContain(SECRET);
      }
    },
  );
});
