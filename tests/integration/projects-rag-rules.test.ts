import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { addDays, isoWeekOf, shanghaiToday } from '../support/shanghai-dates';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const SET = `mutation ($zone: ID!, $rules: RagRulesInput!) {
  setZoneRagRules(zoneId: $zone, rules: $rules) { behindRedPoints behindYellowPoints reportYellowWeeks }
}`;

describe(`a zone tunes its RAG thresholds (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let managerA: string;
  let officerA: string;
  let managerB: string;
  let zoneA: number;
  let projectId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    zoneA = (await make.zone()).id;
    const zoneB = (await make.zone()).id;
    // Started on time 100 days ago, completion due in 100 days: 50% planned, 30% reported = 20 behind.
    const today = shanghaiToday();
    const project = await make.project({
      zoneId: zoneA,
      totalInvestment: 1000,
      milestones: {
        SIGNED: { plannedOn: addDays(today, -130), actualOn: addDays(today, -130) },
        CONSTRUCTION_START: { plannedOn: addDays(today, -100), actualOn: addDays(today, -100) },
        COMPLETION: { plannedOn: addDays(today, 100) },
      },
      reports: [{ isoWeek: isoWeekOf(today), progressPercent: 30 }],
    });
    projectId = project.id;
    managerA = await signIn(
      app,
      (await make.user({ role: 'ZONE_MANAGER', zoneId: zoneA })).email,
      TEST_PASSWORD,
    );
    officerA = await signIn(app, (await make.user({ role: 'OFFICER', zoneId: zoneA })).email, TEST_PASSWORD);
    managerB = await signIn(
      app,
      (await make.user({ role: 'ZONE_MANAGER', zoneId: zoneB })).email,
      TEST_PASSWORD,
    );
  });
  afterAll(() => database.close());

  const statusOf = async () =>
    (
      await graphql<{ project: { rag: { status: string } } }>(
        app,
        `{ project(id: "${projectId}") { rag { status } } }`,
        {
          cookie: officerA,
        },
      )
    ).data?.project.rag.status;

  it('judges by the defaults until the zone sets its own, then by those', async () => {
    expect(await statusOf()).toBe('YELLOW'); // 20 points behind: 10-30 is YELLOW by default
    const result = await graphql(app, SET, {
      cookie: managerA,
      variables: { zone: String(zoneA), rules: { behindRedPoints: 15 } },
    });
    expect(result.data).toEqual({
      setZoneRagRules: { behindRedPoints: 15, behindYellowPoints: 10, reportYellowWeeks: 2 },
    });
    expect(await statusOf()).toBe('RED');
    const audit = await database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity', '=', 'zone')
      .execute();
    expect(audit).toEqual([{ action: 'UPDATE' }]);
    await graphql(app, SET, { cookie: managerA, variables: { zone: String(zoneA), rules: {} } });
    expect(await statusOf()).toBe('YELLOW');
  });

  it('refuses inconsistent thresholds, officers and other zones, changing nothing', async () => {
    const inconsistent = await graphql(app, SET, {
      cookie: managerA,
      variables: { zone: String(zoneA), rules: { behindRedPoints: 5, behindYellowPoints: 10 } },
    });
    expect(inconsistent.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const officer = await graphql(app, SET, {
      cookie: officerA,
      variables: { zone: String(zoneA), rules: { behindRedPoints: 15 } },
    });
    expect(officer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await graphql(app, SET, {
      cookie: managerB,
      variables: { zone: String(zoneA), rules: { behindRedPoints: 15 } },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const zone = await database.db
      .selectFrom('zone')
      .select('rag_rules')
      .where('id', '=', zoneA)
      .executeTakeFirstOrThrow();
    expect(zone.rag_rules).toEqual({});
  });
});
