import { GENERATED_TABLES, type GeneratedTable } from './generated-tables';
import { buildProvinceModel } from './province-model';
import { Random } from './random';
import { firmRows, firmSegmentRows, supplyRows } from './rows-firms';
import { activityRows, leadPlan, leadRows, leadSegmentRows, stageChangeRows } from './rows-leads';
import {
  MILESTONE_KINDS,
  milestoneRows,
  projectPlan,
  projectRows,
  projectSegmentRows,
  reportRows,
} from './rows-projects';
import {
  chainRows,
  feedRows,
  grantRows,
  segmentRows,
  userRows,
  zoneChainRows,
  zoneRows,
} from './rows-reference';
import type { Scale } from './scales';
import type { Row, RowSink } from './sinks';

export { GENERATED_TABLES, type GeneratedTable, IDENTITY_TABLES } from './generated-tables';

/** Reports how far the generator is: a table started with its row count, then rows written. */
export interface GenerateProgress {
  start(table: string, total: number): void;
  advance(table: string, rows: number): void;
  finish(table: string, rows: number): void;
}

export interface GenerateOptions {
  scale: Scale;
  sink: RowSink;
  /** Same seed, same province. */
  seed?: string;
  /** Stored as every generated user's password hash (scrypt is slow and salted: hash once, pass it in). */
  passwordHash: string;
  /** Fill firm.name_initials: only when the schema has that column. */
  firmNameInitials?: boolean;
  progress?: GenerateProgress;
}

/**
 * Writes a deterministic synthetic province (issue #9) into an empty, migrated database: zones and
 * their staff, chains of segments with feeds, firms clustered by zone and chain, supply relations
 * crowding around a few anchors, leads, and projects with milestones and weekly reports.
 * Ids are written explicitly; the caller moves the identity sequences past them afterwards.
 *
 * @example
 * await generateProvince({ scale: SCALES.S, sink: copySink(client), passwordHash });
 */
export async function generateProvince(options: GenerateOptions): Promise<Record<GeneratedTable, number>> {
  const seed = options.seed ?? 'lianzhao';
  const random = (stream: string) => new Random(`${seed}:${options.scale.name}:${stream}`);
  const model = buildProvinceModel(options.scale, seed);
  const counts = {} as Record<GeneratedTable, number>;

  async function write(
    table: GeneratedTable,
    total: number,
    rows: Iterable<Row>,
    columns?: readonly string[],
  ) {
    options.progress?.start(table, total);
    const writer = await options.sink.open(table, columns ?? GENERATED_TABLES[table]);
    let written = 0;
    for (const row of rows) {
      const wait = writer.write(row);
      if (wait) await wait;
      if (++written % 2000 === 0) options.progress?.advance(table, 2000);
    }
    await writer.end();
    options.progress?.finish(table, written);
    counts[table] = written;
  }

  const { zones, chains, firms } = model;
  const userCount = 2 + 3 * zones.length;
  await write('zone', zones.length, zoneRows(model));
  await write('app_user', userCount, userRows(model, options.passwordHash));
  await write('user_zone_grant', zones.length, grantRows(model));
  await write('chain', chains.length, chainRows(model));
  await write(
    'segment',
    chains.length * options.scale.segmentsPerChain,
    segmentRows(model, random('segments')),
  );
  await write(
    'segment_feed',
    chains.length * options.scale.segmentsPerChain,
    feedRows(model, random('feeds')),
  );
  await write('zone_chain', zones.length * 3, zoneChainRows(model));
  const firmColumns = options.firmNameInitials
    ? [...GENERATED_TABLES.firm, 'name_initials']
    : GENERATED_TABLES.firm;
  await write(
    'firm',
    firms.count,
    firmRows(model, random('firm-details'), options.firmNameInitials ?? false),
    firmColumns,
  );
  await write('firm_segment', firms.count * 1.5, firmSegmentRows(model));
  await write('supply', options.scale.supplies, supplyRows(model, options.scale.supplies, random('supply')));
  const leads = leadPlan(model, options.scale.leads, random('leads'));
  await write('lead', leads.length, leadRows(model, leads));
  await write('lead_segment', leads.length * 1.5, leadSegmentRows(model, leads));
  await write('lead_stage_change', leads.length * 2, stageChangeRows(leads));
  await write('activity', leads.length * 1.5, activityRows(leads, random('activities')));
  const projects = projectPlan(model, leads, options.scale.projects, random('projects'));
  await write('project', projects.length, projectRows(model, projects));
  await write('project_segment', projects.length * 1.5, projectSegmentRows(model, projects));
  await write('milestone', projects.length * MILESTONE_KINDS.length, milestoneRows(projects));
  await write('progress_report', projects.length * 8, reportRows(model, projects, random('reports')));
  return counts;
}
