import { createApp, type DatabaseHandle, firmNameInitials } from '@lianzhao/api';
import { expect } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { type GraphQLResult, graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase } from '../support/test-database';

/*
 * A small world for the leads pipeline tests: zones A and B pursuing one chain, the staff of each,
 * and helpers to insert leads directly and to call the API as one of them.
 */

export const LEAD_FIELDS = `id title stage source priority plannedInvestment nextFollowUpOn expectedSigningOn
  lostReason lastActivityAt stalled followUpStatus deletedAt version owner { id } zone { id } firm { id }
  segments { id }`;

export type LeadResult = {
  id: string;
  title: string;
  stage: string;
  source: string;
  priority: string;
  plannedInvestment: number | null;
  nextFollowUpOn: string | null;
  expectedSigningOn: string | null;
  lostReason: string | null;
  lastActivityAt: string | null;
  stalled: boolean;
  followUpStatus: string;
  deletedAt: string | null;
  version: number;
  owner: { id: string } | null;
  zone: { id: string };
  firm: { id: string };
  segments: { id: string }[];
};

export type Role =
  | 'officerA'
  | 'officer2A'
  | 'managerA'
  | 'analystA'
  | 'leaderA'
  | 'admin'
  | 'officerB'
  | 'managerB';

export async function createLeadsWorld(
  options: { app?: (db: DatabaseHandle['db']) => ReturnType<typeof createApp> } = {},
) {
  const database = await createTestDatabase();
  const db = database.db;
  const app = options.app?.(db) ?? createApp({ db, config: testConfig(), log: silentLog });
  const make = createFactories(db);
  const zoneA = await make.zone();
  const zoneB = await make.zone();
  const { chain, segments } = await make.chain();
  const other = await make.chain();
  await db
    .insertInto('zone_chain')
    .values([
      { zone_id: zoneA.id, chain_id: chain.id },
      { zone_id: zoneB.id, chain_id: chain.id },
    ])
    .execute();
  const users = {
    officerA: await make.user({ role: 'OFFICER', zoneId: zoneA.id }),
    officer2A: await make.user({ role: 'OFFICER', zoneId: zoneA.id }),
    managerA: await make.user({ role: 'ZONE_MANAGER', zoneId: zoneA.id }),
    analystA: await make.user({ role: 'ANALYST', grantedZoneIds: [zoneA.id] }),
    leaderA: await make.user({ role: 'LEADER', zoneId: zoneA.id }),
    admin: await make.user({ role: 'ADMIN' }),
    officerB: await make.user({ role: 'OFFICER', zoneId: zoneB.id }),
    managerB: await make.user({ role: 'ZONE_MANAGER', zoneId: zoneB.id }),
  } satisfies Record<Role, unknown>;
  const cookies = {} as Record<Role, string>;
  for (const [role, user] of Object.entries(users)) {
    cookies[role as Role] = await signIn(app, user.email, TEST_PASSWORD);
  }

  let firmCounter = 0;
  /** A firm written as the app writes it (with its pinyin initials). */
  async function firm(name = `示例企业${++firmCounter}号`, uscc: string | null = null) {
    return db
      .insertInto('firm')
      .values({ name, uscc, name_initials: firmNameInitials(name) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** A lead inserted directly (with its creation stage record), for tests that need many or odd ones. */
  async function lead(
    values: {
      zoneId?: number;
      firmId?: number;
      title?: string;
      stage?: string;
      ownerId?: number | null;
      source?: string;
      priority?: string;
      plannedInvestment?: number | null;
      nextFollowUpOn?: string | null;
      lostReason?: string | null;
      lastActivityAt?: Date | null;
      createdAt?: Date;
      segmentIds?: number[];
    } = {},
  ) {
    const firmId = values.firmId ?? (await firm()).id;
    const row = await db
      .insertInto('lead')
      .values({
        zone_id: values.zoneId ?? zoneA.id,
        firm_id: firmId,
        title: values.title ?? `线索${firmId}`,
        stage: values.stage ?? 'LEAD',
        owner_id: values.ownerId === undefined ? users.officerA.id : values.ownerId,
        source: values.source ?? 'OTHER',
        priority: values.priority ?? 'MEDIUM',
        planned_investment: values.plannedInvestment ?? null,
        next_follow_up_on: values.nextFollowUpOn ?? null,
        lost_reason: values.lostReason ?? null,
        last_activity_at: values.lastActivityAt ?? null,
        ...(values.createdAt ? { created_at: values.createdAt, updated_at: values.createdAt } : {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (const segmentId of values.segmentIds ?? []) {
      await db.insertInto('lead_segment').values({ lead_id: row.id, segment_id: segmentId }).execute();
    }
    await db
      .insertInto('lead_stage_change')
      .values({ lead_id: row.id, from_stage: null, to_stage: 'LEAD', changed_by_id: row.owner_id })
      .execute();
    return row;
  }

  /** Calls the API as `role`. */
  const as = <T = Record<string, unknown>>(
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
  ) => graphql<T>(app, query, { cookie: cookies[role], variables });

  /** Calls the API as `role` and expects no error. */
  async function ok<T = Record<string, unknown>>(
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const result = await as<T>(role, query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  }

  /** A snapshot of every table a lead write touches, to prove a refused write changed nothing. */
  async function snapshot() {
    const tables = [
      'lead',
      'lead_segment',
      'lead_stage_change',
      'activity',
      'audit_entry',
      'project',
      'milestone',
    ] as const;
    const rows = await Promise.all(tables.map((t) => db.selectFrom(t).selectAll().execute()));
    return JSON.stringify(rows);
  }

  return {
    database,
    db,
    app,
    zoneA,
    zoneB,
    chain,
    segments,
    otherChain: other,
    users,
    cookies,
    firm,
    lead,
    as,
    ok,
    snapshot,
    close: () => database.close(),
  };
}

export type LeadsWorld = Awaited<ReturnType<typeof createLeadsWorld>>;

export const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;
