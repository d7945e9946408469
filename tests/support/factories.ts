import { type Database, hashPassword } from '@lianzhao/api';
import type { Kysely } from 'kysely';

export const TEST_PASSWORD = 'correct horse battery';

/**
 * Factories that write minimal valid rows, each call distinct, so a test states only what matters
 * to it: `await make.user({ role: 'OFFICER', zoneId: zoneA.id })`.
 */
export function createFactories(db: Kysely<Database>) {
  let counter = 0;
  let passwordHash: Promise<string> | undefined; // hashing is deliberately slow: once per file
  const next = () => ++counter;

  return {
    async zone(overrides: { name?: string; code?: string; kind?: string } = {}) {
      const n = next();
      return db
        .insertInto('zone')
        .values({
          name: overrides.name ?? `测试开发区${n}`,
          code: overrides.code ?? `99${n}`,
          kind: overrides.kind ?? 'HIGH_TECH',
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async user(options: { role: string; zoneId?: number | null; email?: string; grantedZoneIds?: number[] }) {
      const n = next();
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const user = await db
        .insertInto('app_user')
        .values({
          email: options.email ?? `user${n}@test.example`,
          display_name: `测试用户${n}`,
          password_hash: await passwordHash,
          role: options.role,
          zone_id: options.zoneId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const zoneId of options.grantedZoneIds ?? []) {
        await db.insertInto('user_zone_grant').values({ user_id: user.id, zone_id: zoneId }).execute();
      }
      return user;
    },

    /** A chain 电池 (with child 正极材料) -> 整车, the parent feeding the vehicle segment. */
    async chain() {
      const n = next();
      const chain = await db
        .insertInto('chain')
        .values({ code: `T${n}`, name: `测试链${n}`, name_en: `Test chain ${n}` })
        .returningAll()
        .executeTakeFirstOrThrow();
      const segment = (code: string, name: string, stage: string, parentId: number | null = null) =>
        db
          .insertInto('segment')
          .values({ chain_id: chain.id, code, name, stage, parent_id: parentId, weight: 3 })
          .returningAll()
          .executeTakeFirstOrThrow();
      const battery = await segment('BAT', '电池', 'MIDSTREAM');
      const cathode = await segment('CAT', '正极材料', 'UPSTREAM', battery.id);
      const vehicle = await segment('VEH', '整车', 'DOWNSTREAM');
      await db
        .insertInto('segment_feed')
        .values([
          { chain_id: chain.id, from_segment_id: cathode.id, to_segment_id: battery.id },
          { chain_id: chain.id, from_segment_id: battery.id, to_segment_id: vehicle.id },
        ])
        .execute();
      return { chain, segments: { battery, cathode, vehicle } };
    },

    /**
     * A project of a zone (with a new firm unless one is given), its milestones and weekly reports:
     * `await make.project({ zoneId, milestones: { CONSTRUCTION_START: { plannedOn: '2026-05-01' } } })`.
     */
    async project(options: {
      zoneId: number;
      firmId?: number;
      name?: string;
      totalInvestment?: number | null;
      fixedAssetInvestment?: number | null;
      investmentToDate?: number;
      landMu?: number | null;
      expectedAnnualOutput?: number | null;
      expectedAnnualTax?: number | null;
      accountableLeaderId?: number | null;
      accountableLeaderName?: string | null;
      responsibleUnit?: string | null;
      segmentIds?: number[];
      milestones?: Record<string, { plannedOn?: string | null; actualOn?: string | null }>;
      reports?: {
        isoWeek: string;
        progressPercent?: number | null;
        progress?: string;
        problems?: string;
        supportNeeded?: string;
      }[];
    }) {
      const n = next();
      const firmId =
        options.firmId ??
        (
          await db
            .insertInto('firm')
            .values({ name: `测试项目企业${n}` })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      const project = await db
        .insertInto('project')
        .values({
          zone_id: options.zoneId,
          firm_id: firmId,
          name: options.name ?? `测试项目${n}`,
          total_investment: options.totalInvestment === undefined ? 10_000 : options.totalInvestment,
          fixed_asset_investment: options.fixedAssetInvestment ?? null,
          investment_to_date: options.investmentToDate ?? 0,
          land_mu: options.landMu ?? null,
          expected_annual_output: options.expectedAnnualOutput ?? null,
          expected_annual_tax: options.expectedAnnualTax ?? null,
          accountable_leader_id: options.accountableLeaderId ?? null,
          accountable_leader_name: options.accountableLeaderName ?? null,
          responsible_unit: options.responsibleUnit ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const segmentId of options.segmentIds ?? []) {
        await db
          .insertInto('project_segment')
          .values({ project_id: project.id, segment_id: segmentId })
          .execute();
      }
      for (const [kind, dates] of Object.entries(options.milestones ?? {})) {
        await db
          .insertInto('milestone')
          .values({
            project_id: project.id,
            kind,
            planned_on: dates.plannedOn ?? null,
            actual_on: dates.actualOn ?? null,
          })
          .execute();
      }
      for (const report of options.reports ?? []) {
        await db
          .insertInto('progress_report')
          .values({
            project_id: project.id,
            iso_week: report.isoWeek,
            progress_percent: report.progressPercent ?? null,
            progress: report.progress ?? '',
            problems: report.problems ?? '',
            support_needed: report.supportNeeded ?? '',
          })
          .execute();
      }
      return project;
    },
  };
}
