import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { addDays, mondayOfIsoWeek, shanghaiDate } from '../projects/rag';
import { METRIC_KEYS, type MetricValues, type Period } from './metric-definitions';
import { findSnapshots, findZonesOfKind, insertMissingSnapshots } from './metrics.repository';
import { isIsoWeek, isoWeeksBetween, lastDayOfIsoWeek, periodOfIsoWeek, previousIsoWeek } from './periods';
import { loadMetricSource, type MetricSource, type ZoneMetrics, zoneMetricsFor } from './zone-metrics';

/**
 * The stored form of a weekly snapshot (zone_metric_snapshot.metrics). `source` says how it was made:
 * LIVE when taken during the week or the week after (current-state metrics such as 资金到位率 are
 * then filled in), HISTORY when backfilled from dated rows (those metrics are null).
 */
export interface SnapshotDocument extends ZoneMetrics {
  version: 1;
  period: Period;
  source: 'LIVE' | 'HISTORY';
}

/** A live snapshot may be taken from the week's Monday to the Sunday after it (the job runs on Mondays). */
export function isLiveFor(isoWeek: string, today: string): boolean {
  return today >= mondayOfIsoWeek(isoWeek) && today <= addDays(lastDayOfIsoWeek(isoWeek), 7);
}

function requireIsoWeek(isoWeek: string): void {
  if (!isIsoWeek(isoWeek)) {
    throw new AppError('VALIDATION', `"${isoWeek}" is not an ISO week such as 2026-W48`, {
      details: { field: 'isoWeek' },
    });
  }
}

/** The snapshot of one zone and week, computed (not stored). */
export function documentFor(
  source: MetricSource,
  zoneId: number,
  isoWeek: string,
  live: boolean,
): SnapshotDocument {
  const period = periodOfIsoWeek(isoWeek);
  return {
    version: 1,
    period,
    source: live ? 'LIVE' : 'HISTORY',
    ...zoneMetricsFor(source, zoneId, period, live),
  };
}

export interface SnapshotResult {
  isoWeek: string;
  /** Snapshots written by this call. */
  written: number;
  /** Zones whose snapshot of the week already existed and was left as it was. */
  kept: number;
}

/**
 * Takes the weekly snapshot of every zone's metrics and chain completeness for `isoWeek`. Idempotent
 * per week: a zone that already has the week's snapshot keeps it (running twice, or on two instances
 * at once, writes each snapshot once). A week that is over by more than a week is computed from
 * history (see SnapshotDocument). The job system calls it; `pnpm snapshot --week 2026-W48` too.
 *
 * @example
 * await takeWeeklySnapshots(db, '2026-W48'); // { isoWeek: '2026-W48', written: 23, kept: 0 }
 */
export async function takeWeeklySnapshots(
  db: Kysely<Database>,
  isoWeek: string,
  options: { now?: Date } = {},
): Promise<SnapshotResult> {
  const [result] = await takeSnapshotsOfWeeks(db, [isoWeek], options.now ?? new Date());
  return result!;
}

/**
 * Backfills the snapshots of the weeks from `fromWeek` to `toWeek` (inclusive) that do not exist yet,
 * from what history allows: signing, construction-start and production dates, lead stage changes,
 * and when firms were recorded. Existing snapshots are kept.
 *
 * @example
 * await backfillSnapshots(db, '2026-W01', '2026-W47');
 */
export async function backfillSnapshots(
  db: Kysely<Database>,
  fromWeek: string,
  toWeek: string,
  options: { now?: Date } = {},
): Promise<SnapshotResult[]> {
  requireIsoWeek(fromWeek);
  requireIsoWeek(toWeek);
  const weeks = isoWeeksBetween(fromWeek, toWeek);
  if (weeks.length > 520) throw new AppError('VALIDATION', 'Backfill at most ten years at a time');
  return takeSnapshotsOfWeeks(db, weeks, options.now ?? new Date());
}

async function takeSnapshotsOfWeeks(
  db: Kysely<Database>,
  weeks: string[],
  now: Date,
): Promise<SnapshotResult[]> {
  for (const week of weeks) requireIsoWeek(week);
  const today = shanghaiDate(now);
  const zoneIds = (await findZonesOfKind(db, null)).map((z) => z.id);
  const existing = await findSnapshots(db, zoneIds, weeks);
  const taken = new Set(existing.map((s) => `${s.zone_id}/${s.iso_week}`));
  const missing = weeks.some((w) => zoneIds.some((z) => !taken.has(`${z}/${w}`)));
  // Loaded once for every week: a year's backfill costs the same queries as one week.
  const source = missing ? await loadMetricSource(db, zoneIds) : null;

  const results: SnapshotResult[] = [];
  for (const week of weeks) {
    const rows = zoneIds
      .filter((zoneId) => !taken.has(`${zoneId}/${week}`))
      .map((zoneId) => ({
        zone_id: zoneId,
        iso_week: week,
        metrics: JSON.stringify(documentFor(source!, zoneId, week, isLiveFor(week, today))),
      }));
    const written = await insertMissingSnapshots(db, rows);
    results.push({ isoWeek: week, written, kept: zoneIds.length - written });
  }
  return results;
}

/** Reads a stored snapshot document, tolerating metrics added later (missing keys read as null). */
export function parseSnapshot(stored: unknown): SnapshotDocument | null {
  const parsed: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const doc = parsed as Partial<SnapshotDocument>;
  if (doc.version !== 1 || !doc.values || !doc.period) return null;
  const values = Object.fromEntries(
    METRIC_KEYS.map((key) => [key, typeof doc.values?.[key] === 'number' ? doc.values[key] : null]),
  ) as MetricValues;
  return {
    version: 1,
    period: doc.period,
    source: doc.source === 'LIVE' ? 'LIVE' : 'HISTORY',
    values,
    chains: Array.isArray(doc.chains) ? doc.chains : [],
  };
}

export { previousIsoWeek };

/**
 * The metrics of the zones for each week: the stored snapshot where there is one, else computed as a
 * snapshot would be (live for this week and last, from history before). Keyed by week, then zone.
 */
export async function weeklyMetrics(
  db: Kysely<Database>,
  zoneIds: readonly number[],
  weeks: readonly string[],
  today: string,
): Promise<Map<string, Map<number, SnapshotDocument>>> {
  const result = new Map(weeks.map((w) => [w, new Map<number, SnapshotDocument>()]));
  for (const row of await findSnapshots(db, zoneIds, weeks)) {
    const doc = parseSnapshot(row.metrics);
    if (doc) result.get(row.iso_week)?.set(row.zone_id, doc);
  }
  let source: MetricSource | null = null;
  for (const week of weeks) {
    const byZone = result.get(week)!;
    for (const zoneId of zoneIds) {
      if (byZone.has(zoneId)) continue;
      source ??= await loadMetricSource(db, zoneIds);
      byZone.set(zoneId, documentFor(source, zoneId, week, isLiveFor(week, today)));
    }
  }
  return result;
}
