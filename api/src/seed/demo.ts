import { type Kysely, sql } from 'kysely';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/schema';
import { shanghaiDate } from '../projects/rag';
import type { SeedContext } from './context';
import { addDays, assertDate, mondayOf } from './dates';
import { DEMO_PASSWORD } from './demo-accounts';
import { ProjectQueue } from './project-queue';
import { createRandom } from './random';
import { seedChains } from './seed-chains';
import { seedFirms } from './seed-firms';
import { seedLeads } from './seed-leads';
import { type ExpectedProjectRag, seedProjects } from './seed-projects';
import { seedSupply } from './seed-supply';
import { seedUsers } from './seed-users';
import { seedZones } from './seed-zones';

export type { ExpectedProjectRag } from './seed-projects';

/** The reference date of the demo data: a Monday, so "this week" and ISO weeks are clear-cut. */
export const DEMO_TODAY = '2026-11-23';

/**
 * The reference date a server seeds with: the Monday of the current week in Shanghai, so a demo
 * started any day shows current follow-ups and project statuses (tests pass DEMO_TODAY instead).
 * The data is the same for every start in one week, and the same up to a shift of dates otherwise.
 */
export function demoReferenceDate(now: Date): string {
  return mondayOf(shanghaiDate(now));
}

export type SeededTable =
  | 'zone'
  | 'app_user'
  | 'user_zone_grant'
  | 'chain'
  | 'segment'
  | 'segment_feed'
  | 'zone_chain'
  | 'firm'
  | 'firm_segment'
  | 'supply'
  | 'lead'
  | 'lead_segment'
  | 'lead_stage_change'
  | 'activity'
  | 'project'
  | 'project_segment'
  | 'milestone'
  | 'progress_report';

/** Rows written per table: what `seedDemoData` returns (flat, so it logs well). */
export type DemoSeedSummary = Record<SeededTable, number>;

/** The summary plus what each project was built to show, for tests of the RAG rules. */
export interface DemoSeedDetails {
  counts: DemoSeedSummary;
  /** Every project with the RAG status it is meant to have at `today` (see project-plan.ts). */
  projects: ExpectedProjectRag[];
  today: string;
}

export interface DemoSeedOptions {
  /** The date everything is placed around, 'YYYY-MM-DD'; defaults to DEMO_TODAY. */
  today?: string;
  /** A precomputed hash of `lianzhao-demo`, to skip the (deliberately slow) hashing, e.g. in tests. */
  passwordHash?: string;
}

/**
 * Writes the whole demo data set (zones, chains, users, firms, supply, leads, projects) in one
 * transaction and returns the rows written per table. Deterministic: the same `today` gives the same
 * rows on every run and driver, apart from the password hash's random salt. Meant for an empty
 * database (see `isDatabaseEmpty`); on a non-empty one it fails on unique keys and writes nothing.
 *
 * @example
 * await migrateToLatest(db);
 * if (await isDatabaseEmpty(db)) await seedDemoData(db);
 */
export async function seedDemoData(
  db: Kysely<Database>,
  options: DemoSeedOptions = {},
): Promise<DemoSeedSummary> {
  return (await seedDemoDataDetailed(db, options)).counts;
}

/**
 * `seedDemoData`, also returning each project's intended RAG status and scenario.
 *
 * @example
 * const { projects } = await seedDemoDataDetailed(db, { passwordHash: 'unused' });
 * projects.filter((p) => p.expected === 'RED'); // the projects a RAG implementation must flag red
 */
export async function seedDemoDataDetailed(
  db: Kysely<Database>,
  options: DemoSeedOptions = {},
): Promise<DemoSeedDetails> {
  const today = assertDate(options.today ?? DEMO_TODAY);
  // Hash before the transaction starts: scrypt takes a while and needs no lock.
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  // Reference data was "imported" about a year before the demo's today.
  const importedOn = addDays(today, -400);
  return db.transaction().execute(async (trx) => {
    const zones = await seedZones(trx, importedOn);
    const chainResult = await seedChains(trx, zones, importedOn);
    const userResult = await seedUsers(trx, zones, passwordHash, importedOn);
    const ctx: SeedContext = { today, zones, chains: chainResult.chains, users: userResult.users };
    const firmResult = await seedFirms(trx, ctx, importedOn);
    const supply = await seedSupply(trx, ctx, firmResult.firms, importedOn);
    const queue = new ProjectQueue(today, createRandom('project-plans'));
    const leadResult = await seedLeads(trx, ctx, firmResult.firms, firmResult.plans, supply.links, queue);
    const projectResult = await seedProjects(trx, ctx, leadResult.leads, firmResult.firms, queue);
    const counts: DemoSeedSummary = {
      zone: zones.size,
      app_user: userResult.users.size,
      user_zone_grant: userResult.grants,
      chain: chainResult.chains.size,
      segment: chainResult.segments,
      segment_feed: chainResult.feeds,
      zone_chain: chainResult.zoneChains,
      firm: firmResult.firms.length,
      firm_segment: firmResult.firmSegments,
      supply: supply.count,
      lead: leadResult.leads.length,
      lead_segment: leadResult.leadSegments,
      lead_stage_change: leadResult.stageChanges,
      activity: leadResult.activities + projectResult.activities,
      project: projectResult.expected.length,
      project_segment: projectResult.projectSegments,
      milestone: projectResult.milestones,
      progress_report: projectResult.reports,
    };
    return { counts, projects: projectResult.expected, today };
  });
}

/** True when the database has neither zones nor users: the only state in which the server seeds. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ empty: boolean }>`
    SELECT NOT EXISTS (SELECT 1 FROM zone) AND NOT EXISTS (SELECT 1 FROM app_user) AS empty
  `.execute(db);
  return rows[0]?.empty === true;
}
