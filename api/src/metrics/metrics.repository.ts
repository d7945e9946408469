import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, LeadRow, ZoneRow } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/*
 * The rows the metrics are computed from, for many zones at once (one query per kind of row, whatever
 * the number of zones). Zone-scoping is the caller's: services pass only zones the viewer may see.
 */

export interface ProjectFactsRow {
  id: number;
  zone_id: number;
  total_investment: number | null;
  investment_to_date: number;
  land_mu: number | null;
  signed_on: string | null;
  construction_started_on: string | null;
  production_started_on: string | null;
}

/** Live projects of the zones with the actual dates of their SIGNED, CONSTRUCTION_START and PRODUCTION. */
export async function findProjectFacts(db: Db, zoneIds: readonly number[]): Promise<ProjectFactsRow[]> {
  if (zoneIds.length === 0) return [];
  const actual = (kind: string) =>
    sql<string | null>`(SELECT m.actual_on FROM milestone m WHERE m.project_id = p.id AND m.kind = ${kind})`;
  return db
    .selectFrom('project as p')
    .where('p.zone_id', 'in', zoneIds)
    .where('p.deleted_at', 'is', null)
    .select(['p.id', 'p.zone_id', 'p.total_investment', 'p.investment_to_date', 'p.land_mu'])
    .select([
      actual('SIGNED').as('signed_on'),
      actual('CONSTRUCTION_START').as('construction_started_on'),
      actual('PRODUCTION').as('production_started_on'),
    ])
    .orderBy('p.id')
    .execute();
}

export interface LeadFactsRow {
  id: number;
  zone_id: number;
  stage: string;
  planned_investment: number | null;
  created_at: Date;
  /** The last time the lead moved to SIGNED. */
  signed_at: Date | null;
}

/** Live leads of the zones, with when they were signed. */
export async function findLeadFacts(db: Db, zoneIds: readonly number[]): Promise<LeadFactsRow[]> {
  if (zoneIds.length === 0) return [];
  const rows = await db
    .selectFrom('lead as l')
    .where('l.zone_id', 'in', zoneIds)
    .where('l.deleted_at', 'is', null)
    .select(['l.id', 'l.zone_id', 'l.stage', 'l.planned_investment', 'l.created_at'])
    .select(
      sql<
        Date | string | null
      >`(SELECT max(c.changed_at) FROM lead_stage_change c WHERE c.lead_id = l.id AND c.to_stage = 'SIGNED')`.as(
        'signed_at',
      ),
    )
    .orderBy('l.id')
    .execute();
  // An aggregate in a subquery comes back as text from some drivers: make it a Date once, here.
  return rows.map((r) => ({ ...r, signed_at: r.signed_at === null ? null : new Date(r.signed_at) }));
}

export interface FirmFactsRow {
  zone_id: number;
  tags: string[];
  created_at: Date;
}

/** Live firms located in the zones (merged-away firms excluded). */
export function findFirmFacts(db: Db, zoneIds: readonly number[]): Promise<FirmFactsRow[]> {
  if (zoneIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('firm')
    .where('zone_id', 'in', zoneIds)
    .where('deleted_at', 'is', null)
    .where('merged_into_id', 'is', null)
    .select(['zone_id', 'tags', 'created_at'])
    .$narrowType<{ zone_id: number }>()
    .execute();
}

export interface ChainFirmRow {
  id: number;
  zone_id: number | null;
  created_at: Date;
  segment_ids: number[];
}

/**
 * The live firms of the zones operating in the chains' segments, with their segments of those chains:
 * all that completeness needs (it counts local firms only; candidates are the chain-gaps service's).
 */
export async function findLocalChainFirms(
  db: Db,
  zoneIds: readonly number[],
  chainIds: readonly number[],
): Promise<(ChainFirmRow & { chain_id: number })[]> {
  if (zoneIds.length === 0 || chainIds.length === 0) return [];
  const rows = await db
    .selectFrom('firm_segment as fs')
    .innerJoin('segment as s', 's.id', 'fs.segment_id')
    .innerJoin('firm as f', 'f.id', 'fs.firm_id')
    .where('s.chain_id', 'in', chainIds)
    .where('f.zone_id', 'in', zoneIds)
    .where('f.deleted_at', 'is', null)
    .groupBy(['f.id', 's.chain_id'])
    .select(['f.id', 'f.zone_id', 'f.created_at', 's.chain_id'])
    .select(sql<(number | string)[]>`array_agg(fs.segment_id ORDER BY fs.segment_id)`.as('segment_ids'))
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({ ...r, segment_ids: r.segment_ids.map(Number) }));
}

/** Zones of a kind, or every zone, ordered by code. */
export function findZonesOfKind(db: Db, kind: string | null): Promise<ZoneRow[]> {
  let q = db.selectFrom('zone').selectAll();
  if (kind !== null) q = q.where('kind', '=', kind);
  return q.orderBy('code').orderBy('id').execute();
}

export interface SnapshotRow {
  zone_id: number;
  iso_week: string;
  metrics: unknown;
}

/** Stored weekly snapshots of the zones for the weeks given. */
export function findSnapshots(
  db: Db,
  zoneIds: readonly number[],
  isoWeeks: readonly string[],
): Promise<SnapshotRow[]> {
  if (zoneIds.length === 0 || isoWeeks.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('zone_metric_snapshot')
    .select(['zone_id', 'iso_week', 'metrics'])
    .where('zone_id', 'in', zoneIds)
    .where('iso_week', 'in', isoWeeks)
    .orderBy('iso_week')
    .execute();
}

/**
 * Writes snapshots that do not exist yet and leaves existing ones as they are: a week's snapshot is
 * taken once (the primary key (zone_id, iso_week) makes a second run, or a concurrent one, a no-op).
 * Returns how many rows were written.
 */
export async function insertMissingSnapshots(
  db: Db,
  rows: readonly { zone_id: number; iso_week: string; metrics: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('zone_metric_snapshot')
    .values([...rows])
    .onConflict((oc) => oc.columns(['zone_id', 'iso_week']).doNothing())
    .returning('zone_id')
    .execute();
  return inserted.length;
}

/** Open leads of the zone with a follow-up on or before `until`, earliest first. */
export function findFollowUpsDue(db: Db, zoneId: number, until: string): Promise<LeadRow[]> {
  return db
    .selectFrom('lead')
    .selectAll()
    .where('zone_id', '=', zoneId)
    .where('deleted_at', 'is', null)
    .where('stage', 'in', ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING'])
    .where('next_follow_up_on', '<=', until)
    .orderBy('next_follow_up_on')
    .orderBy('id')
    .execute();
}
