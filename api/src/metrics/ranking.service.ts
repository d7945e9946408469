import { canAccessZone, requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { ZoneRow } from '../db/schema';
import { AppError } from '../errors';
import { shanghaiDate, shanghaiIsoWeek } from '../projects/rag';
import { ZONE_KINDS } from '../zones/zone-enums';
import type { MetricKey } from './metric-definitions';
import { findZonesOfKind } from './metrics.repository';
import { isIsoWeek, previousIsoWeek } from './periods';
import { indicatorsOf, type RankedZone, rankZones } from './rank-zones';
import type { ZoneKind } from './ranking-weights';
import { type RankingWeightsModel, rankingWeightsInUse } from './ranking-weights.service';
import { weeklyMetrics } from './snapshots';

export interface ZoneRankingModel {
  kind: ZoneKind;
  period: string;
  previousPeriod: string;
  weights: { key: MetricKey; weight: number }[];
  /** The weights in use with where they come from (the default or an administrator's). */
  weightSettings: RankingWeightsModel;
  rows: (RankedZone & { zone: ZoneRow })[];
}

/**
 * The ranking of the zones of one kind for an ISO week (default: this week), against the week before.
 *
 * Access: every signed-in user may ask, and the field is the zones the viewer may see of that kind
 * (an administrator: all; a province user or analyst: the zones granted; a zone user: their own zone).
 * Scores are computed within that field, so no zone's figures reach a viewer outside its grants, not
 * even through the "best of the field" a score is measured against. docs/metrics.md says the same.
 */
export async function zoneRanking(
  ctx: ServiceContext,
  kind: string,
  period: string | null,
  now: Date = new Date(),
): Promise<ZoneRankingModel> {
  const viewer = requireViewer(ctx.viewer);
  if (!(ZONE_KINDS as readonly string[]).includes(kind)) {
    throw new AppError('VALIDATION', `Unknown zone kind "${kind}"`, { details: { field: 'kind' } });
  }
  const week = period ?? shanghaiIsoWeek(now);
  if (!isIsoWeek(week)) {
    throw new AppError('VALIDATION', `The period must be an ISO week such as 2026-W48, not "${week}"`, {
      details: { field: 'period' },
    });
  }
  const zoneKind = kind as ZoneKind;
  const previous = previousIsoWeek(week);
  const zones = (await findZonesOfKind(ctx.db, zoneKind)).filter((z) => canAccessZone(viewer, z.id));
  const zoneIds = zones.map((z) => z.id);
  const metrics = await weeklyMetrics(ctx.db, zoneIds, [week, previous], shanghaiDate(now));
  const entriesOf = (w: string) =>
    [...(metrics.get(w)?.entries() ?? [])].map(([zoneId, doc]) => ({ zoneId, values: doc.values }));
  const { weights, model: weightSettings } = await rankingWeightsInUse(ctx.db, zoneKind);
  const zonesById = new Map(zones.map((z) => [z.id, z]));
  return {
    kind: zoneKind,
    period: week,
    previousPeriod: previous,
    weights: indicatorsOf(weights),
    weightSettings,
    rows: rankZones(entriesOf(week), entriesOf(previous), weights).map((row) => ({
      ...row,
      zone: zonesById.get(row.zoneId)!,
    })),
  };
}
