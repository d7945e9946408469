import type { createApp, Database } from '@lianzhao/api';
import type { Kysely } from 'kysely';
import { createFactories, TEST_PASSWORD } from './factories';
import { signIn } from './http-client';
import { addDays, isoWeekOf, shanghaiToday } from './shanghai-dates';

/** What the projects tests share: two zones, their people (signed in) and four projects. */
export interface ProjectFixtures {
  cookies: Record<string, string>;
  ids: Record<string, number>;
  today: string;
  thisWeek: string;
  lastWeek: string;
}

/**
 * Zone A with a GREEN, a RED (construction start 120 days late, not recorded) and a YELLOW (land 20
 * days late) project; zone B with one project whose accountable leader is a city leader with no zone.
 * Dates are relative to today in Shanghai, since the API judges RAG by the real clock.
 */
export async function createProjectFixtures(
  db: Kysely<Database>,
  app: ReturnType<typeof createApp>,
): Promise<ProjectFixtures> {
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const today = shanghaiToday();
  const thisWeek = isoWeekOf(today);
  const lastWeek = isoWeekOf(addDays(today, -7));
  const make = createFactories(db);
  const zoneA = await make.zone();
  const zoneB = await make.zone();
  const { chain, segments } = await make.chain();
  const leaderA = await make.user({ role: 'LEADER', zoneId: zoneA.id });
  const cityLeader = await make.user({ role: 'LEADER', zoneId: null });
  const users = {
    officerA: await make.user({ role: 'OFFICER', zoneId: zoneA.id }),
    managerA: await make.user({ role: 'ZONE_MANAGER', zoneId: zoneA.id }),
    officerB: await make.user({ role: 'OFFICER', zoneId: zoneB.id }),
    analyst: await make.user({ role: 'ANALYST', grantedZoneIds: [zoneA.id] }),
    leaderA,
    cityLeader,
  };
  for (const [key, user] of Object.entries(users))
    cookies[key] = await signIn(app, user.email, TEST_PASSWORD);
  // On track: building since 50 days on plan, completion in 50 days (序时 50%), 50% reported last week.
  const green = await make.project({
    zoneId: zoneA.id,
    name: '绿灯项目',
    totalInvestment: 10_000,
    fixedAssetInvestment: 8_000,
    investmentToDate: 5_000,
    landMu: 20,
    expectedAnnualOutput: 30_000,
    expectedAnnualTax: 1_200,
    accountableLeaderId: leaderA.id,
    responsibleUnit: '甲区招商局',
    segmentIds: [segments.battery.id],
    milestones: {
      CONSTRUCTION_START: { plannedOn: addDays(today, -50), actualOn: addDays(today, -50) },
      COMPLETION: { plannedOn: addDays(today, 50) },
    },
    reports: [{ isoWeek: lastWeek, progressPercent: 50 }],
  });
  // Planned to start 120 days ago, not recorded as started: RED. 33% reported keeps it on schedule.
  const red = await make.project({
    zoneId: zoneA.id,
    name: '红灯项目',
    totalInvestment: 20_000,
    fixedAssetInvestment: 15_000,
    investmentToDate: 6_000,
    landMu: 50,
    accountableLeaderId: leaderA.id,
    responsibleUnit: '甲区发改局',
    milestones: {
      CONSTRUCTION_START: { plannedOn: addDays(today, -120) },
      COMPLETION: { plannedOn: addDays(today, 245) },
    },
    reports: [
      { isoWeek: lastWeek, progressPercent: 33, problems: '施工许可待批', supportNeeded: '协调住建局' },
    ],
  });
  const yellow = await make.project({
    zoneId: zoneA.id,
    name: '黄灯项目',
    totalInvestment: 5_000,
    accountableLeaderName: '王主任',
    responsibleUnit: '甲区招商局',
    milestones: {
      LAND: { plannedOn: addDays(today, -20) },
      CONSTRUCTION_START: { plannedOn: addDays(today, 60) },
    },
    reports: [{ isoWeek: lastWeek, progressPercent: 0 }],
  });
  const foreign = await make.project({
    zoneId: zoneB.id,
    name: '乙区项目',
    totalInvestment: 99_999,
    accountableLeaderId: cityLeader.id,
    reports: [{ isoWeek: lastWeek, progressPercent: 10 }],
  });
  Object.assign(ids, {
    zoneA: zoneA.id,
    zoneB: zoneB.id,
    chain: chain.id,
    leaderA: leaderA.id,
    green: green.id,
    red: red.id,
    yellow: yellow.id,
    foreign: foreign.id,
  });
  return { cookies, ids, today, thisWeek, lastWeek };
}
