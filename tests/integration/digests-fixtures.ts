import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, digests } from '@lianzhao/api';
import type { Kysely } from 'kysely';
import { createFactories } from '../support/factories';
import { silentLog, testConfig } from '../support/http-client';

/** A firm name that is markup: it must reach every digest as text. */
export const XSS_FIRM = '<img src=x onerror=alert(1)>';
/** Monday 2026-11-23 08:00 in Shanghai: when the 2026-W48 digests go out. */
export const W48_FIRE = new Date('2026-11-23T00:00:00Z');

/**
 * Zone A with an officer, a manager and a leader who get digests (and things to tell each), plus
 * users who must not get one: opted out, an unusable address, an analyst, an admin. Zone B holds a
 * lead of the officer's that the officer's zone-A digest must not show.
 */
export async function createDigestFixtures(db: Kysely<Database>) {
  const make = createFactories(db);
  const zoneA = await make.zone({ name: '甲开发区' });
  const zoneB = await make.zone({ name: '乙开发区' });
  const { chain } = await make.chain();
  await db.insertInto('zone_chain').values({ zone_id: zoneA.id, chain_id: chain.id }).execute();

  const officer = await make.user({ role: 'OFFICER', zoneId: zoneA.id, email: 'officer@digest.test' });
  const manager = await make.user({ role: 'ZONE_MANAGER', zoneId: zoneA.id, email: 'manager@digest.test' });
  const leader = await make.user({ role: 'LEADER', zoneId: null, email: 'leader@digest.test' });
  const optedOut = await make.user({ role: 'OFFICER', zoneId: zoneA.id, email: 'quiet@digest.test' });
  await db.updateTable('app_user').set({ digest_opt_in: false }).where('id', '=', optedOut.id).execute();
  const badEmail = await make.user({ role: 'OFFICER', zoneId: zoneA.id, email: 'broken@nodomain' });
  const analyst = await make.user({ role: 'ANALYST', zoneId: zoneA.id, email: 'analyst@digest.test' });
  const admin = await make.user({ role: 'ADMIN', email: 'admin@digest.test' });
  await db.updateTable('app_user').set({ locale: 'en' }).where('id', '=', manager.id).execute();

  const firm = async (name: string) =>
    (await db.insertInto('firm').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
  const xssFirm = await firm(XSS_FIRM);
  const lead = async (values: {
    zoneId?: number;
    firmId: number;
    title: string;
    stage?: string;
    nextFollowUpOn?: string | null;
    lastActivityAt: string;
  }) =>
    (
      await db
        .insertInto('lead')
        .values({
          zone_id: values.zoneId ?? zoneA.id,
          firm_id: values.firmId,
          title: values.title,
          stage: values.stage ?? 'CONTACTED',
          owner_id: officer.id,
          next_follow_up_on: values.nextFollowUpOn ?? null,
          last_activity_at: new Date(values.lastActivityAt),
          created_at: new Date('2026-06-01T00:00:00Z'),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const dueLead = await lead({
    firmId: xssFirm,
    title: '电池补链',
    nextFollowUpOn: '2026-11-25',
    lastActivityAt: '2026-11-20T02:00:00Z',
  });
  const overdueLead = await lead({
    firmId: await firm('逾期材料公司'),
    title: '正极材料洽谈',
    nextFollowUpOn: '2026-11-10',
    lastActivityAt: '2026-11-05T02:00:00Z',
  });
  const stalledLead = await lead({
    firmId: await firm('停滞整车公司'),
    title: '整车配套',
    lastActivityAt: '2026-09-01T02:00:00Z',
  });
  await lead({
    zoneId: zoneB.id,
    firmId: await firm('乙区企业'),
    title: '乙区线索',
    nextFollowUpOn: '2026-11-24',
    lastActivityAt: '2026-11-20T02:00:00Z',
  });
  await db
    .insertInto('lead_stage_change')
    .values({
      lead_id: dueLead,
      from_stage: 'LEAD',
      to_stage: 'CONTACTED',
      changed_by_id: officer.id,
      changed_at: new Date('2026-11-18T03:00:00Z'),
    })
    .execute();

  const redProject = await make.project({
    zoneId: zoneA.id,
    name: '红灯示范项目',
    accountableLeaderId: leader.id,
    milestones: { SIGNED: { actualOn: '2026-01-10' }, CONSTRUCTION_START: { plannedOn: '2026-05-01' } },
    reports: [
      {
        isoWeek: '2026-W47',
        progressPercent: 5,
        problems: '征地拆迁未完成',
        supportNeeded: '请求市里协调征迁',
      },
    ],
  });
  const signedProject = await make.project({
    zoneId: zoneA.id,
    name: '新签约项目',
    totalInvestment: 50_000,
    milestones: { SIGNED: { actualOn: '2026-11-18' } },
  });

  return {
    zoneA,
    zoneB,
    users: { officer, manager, leader, optedOut, badEmail, analyst, admin },
    leads: { dueLead, overdueLead, stalledLead },
    projects: { redProject, signedProject },
  };
}

/** Dependencies of the digest jobs, on a fake clock the test moves. */
export function digestDeps(
  db: Kysely<Database>,
  transport: digests.DigestDeps['transport'],
  clock: { now: Date },
  overrides: Record<string, string> = {},
): digests.DigestDeps {
  return {
    db,
    config: digestConfig(overrides),
    log: silentLog,
    transport,
    now: () => clock.now,
  };
}

export function digestConfig(overrides: Record<string, string> = {}) {
  return testConfig({
    PUBLIC_URL: 'https://lianzhao.example',
    DIGEST_CRON: 'off',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lz-digest-')),
    ...overrides,
  });
}
