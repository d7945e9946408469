import { insertAuditEntry } from '../audit/audit.repository';
import { requireRole, requireWriteAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { ZONE_KINDS } from '../zones/zone-enums';
import { METRIC_KEYS, type MetricKey } from './metric-definitions';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights, type ZoneKind } from './ranking-weights';
import {
  clearRankingWeights,
  findRankingWeights,
  insertRankingWeights,
  type StoredRankingWeights,
  updateRankingWeights,
} from './ranking-weights.repository';

/*
 * The ranking weights of each kind of zone (issue #10 item 4, docs/metrics.md "Changing the weights"):
 * the documented default of ranking-weights.ts unless an administrator stored others. A kind is ranked
 * on the indicators of its default set only (分类考核: the set is part of what the kind is judged on);
 * the administrator chooses how much each counts, 0-100, 0 leaving it out. Weights are relative: the
 * score divides by their sum, so they need not add up to 100, but at least one must be above 0.
 */

export const MAX_RANKING_WEIGHT = 100;

export interface RankingWeightsModel {
  kind: ZoneKind;
  /** Every indicator of the kind, in METRIC_KEYS order, with its weight (0 = not counted). */
  weights: { key: MetricKey; weight: number }[];
  isDefault: boolean;
  /** The kind's row version, 0 before its first change (send it back to edit). */
  version: number;
  updatedAt: Date | null;
}

/** The indicators a kind of zone is ranked on: those of its documented default. */
export function indicatorsOfKind(kind: ZoneKind): MetricKey[] {
  return METRIC_KEYS.filter((key) => key in DEFAULT_RANKING_WEIGHTS[kind]);
}

/** The weights the ranking of a kind uses now: the stored ones, or the documented default. */
export async function rankingWeightsInUse(
  db: ServiceContext['db'],
  kind: ZoneKind,
): Promise<{ weights: RankingWeights; model: RankingWeightsModel }> {
  return toModel(kind, await findRankingWeights(db, kind));
}

/** An administrator sets the weights of a kind; `version` (0 = the default) guards against a stale form. */
export async function setRankingWeights(
  ctx: ServiceContext,
  kind: string,
  input: readonly { key: string; weight: number }[],
  version: number | null,
): Promise<RankingWeightsModel> {
  const viewer = requireRole(requireWriteAccess(ctx.viewer), 'ADMIN');
  const zoneKind = checkKind(kind);
  const weights = validateWeights(zoneKind, input);
  const stored = await ctx.db.transaction().execute(async (trx) => {
    const before = await findRankingWeights(trx, zoneKind);
    checkVersion(before, version);
    const after = before
      ? await updateRankingWeights(trx, zoneKind, before.version, weights, viewer.userId)
      : await insertRankingWeights(trx, zoneKind, weights, viewer.userId);
    if (!after) throw staleError(zoneKind);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'ranking_weights',
      entityId: auditIdOf(zoneKind),
      zoneId: null,
      action: 'UPDATE',
      before: { kind: zoneKind, weights: resolve(zoneKind, before).weights, isDefault: isDefault(before) },
      after: { kind: zoneKind, weights, isDefault: false },
    });
    return after;
  });
  ctx.log.info({ kind: zoneKind, weights }, 'ranking weights changed');
  return toModel(zoneKind, stored).model;
}

/** An administrator puts a kind back on the documented default (deletes the stored weights). */
export async function resetRankingWeights(
  ctx: ServiceContext,
  kind: string,
  version: number | null,
): Promise<RankingWeightsModel> {
  const viewer = requireRole(requireWriteAccess(ctx.viewer), 'ADMIN');
  const zoneKind = checkKind(kind);
  const stored = await ctx.db.transaction().execute(async (trx) => {
    const before = await findRankingWeights(trx, zoneKind);
    checkVersion(before, version);
    if (!before || isDefault(before)) return before; // already the default: nothing to change or audit
    if (!(await clearRankingWeights(trx, zoneKind, before.version, viewer.userId)))
      throw staleError(zoneKind);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'ranking_weights',
      entityId: auditIdOf(zoneKind),
      zoneId: null,
      action: 'UPDATE',
      before: { kind: zoneKind, weights: resolve(zoneKind, before).weights, isDefault: false },
      after: { kind: zoneKind, weights: DEFAULT_RANKING_WEIGHTS[zoneKind], isDefault: true },
    });
    return findRankingWeights(trx, zoneKind);
  });
  ctx.log.info({ kind: zoneKind }, 'ranking weights reset to the default');
  return toModel(zoneKind, stored).model;
}

/**
 * Checks an administrator's weights: indicators of the kind only, each once, each 0-100, sum above 0.
 * Indicators left out weigh 0. Returns them keyed by indicator, zeros included.
 */
export function validateWeights(
  kind: ZoneKind,
  input: readonly { key: string; weight: number }[],
): Record<MetricKey, number> {
  const allowed = indicatorsOfKind(kind);
  const weights = Object.fromEntries(allowed.map((key) => [key, 0])) as Record<MetricKey, number>;
  const seen = new Set<string>();
  for (const { key, weight } of input) {
    if (!(allowed as string[]).includes(key)) {
      throw new AppError(
        'VALIDATION',
        `${key} is not an indicator of ${kind} zones; they are ranked on ${allowed.join(', ')}`,
        { details: { field: 'weights', key } },
      );
    }
    if (seen.has(key)) {
      throw new AppError('VALIDATION', `${key} is given twice`, { details: { field: 'weights', key } });
    }
    seen.add(key);
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_RANKING_WEIGHT) {
      throw new AppError(
        'VALIDATION',
        `The weight of ${key} must be from 0 to ${MAX_RANKING_WEIGHT}, not ${weight}`,
        {
          details: { field: 'weights', key },
        },
      );
    }
    weights[key as MetricKey] = weight;
  }
  if (Object.values(weights).every((w) => w === 0)) {
    throw new AppError('VALIDATION', 'At least one weight must be above 0', {
      details: { field: 'weights' },
    });
  }
  return weights;
}

function checkKind(kind: string): ZoneKind {
  if (!(ZONE_KINDS as readonly string[]).includes(kind)) {
    throw new AppError('VALIDATION', `Unknown zone kind "${kind}"`, { details: { field: 'kind' } });
  }
  return kind as ZoneKind;
}

/** A stale form (someone changed or reset the weights since it was loaded) must not overwrite them. */
function checkVersion(stored: StoredRankingWeights | undefined, version: number | null): void {
  const current = stored?.version ?? 0;
  if (version !== null && version !== current) {
    throw new AppError('CONFLICT', 'The ranking weights were changed meanwhile; reload and try again', {
      details: { version: current },
    });
  }
}

function staleError(kind: ZoneKind): AppError {
  return new AppError(
    'CONFLICT',
    `The ranking weights of ${kind} zones were changed meanwhile; reload and try again`,
  );
}

/** audit_entry.entity_id is a number: the kind's place in ZONE_KINDS, from 1 (the kind is in before/after). */
function auditIdOf(kind: ZoneKind): number {
  return ZONE_KINDS.indexOf(kind) + 1;
}

/** The stored weights (only indicators of the kind, in case the default set changed since) or the default. */
function resolve(kind: ZoneKind, stored: StoredRankingWeights | undefined): { weights: RankingWeights } {
  if (!stored || isDefault(stored)) return { weights: DEFAULT_RANKING_WEIGHTS[kind] };
  const raw = (stored.weights ?? {}) as Record<string, unknown>;
  const weights: RankingWeights = {};
  for (const key of indicatorsOfKind(kind)) {
    const w = raw[key];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weights[key] = w;
  }
  return { weights };
}

/** No row (never changed) or a row whose weights a reset cleared: the kind uses the documented default. */
function isDefault(stored: StoredRankingWeights | undefined): boolean {
  return !stored || stored.weights === null;
}

function toModel(
  kind: ZoneKind,
  stored: StoredRankingWeights | undefined,
): { weights: RankingWeights; model: RankingWeightsModel } {
  const { weights } = resolve(kind, stored);
  return {
    weights,
    model: {
      kind,
      weights: indicatorsOfKind(kind).map((key) => ({ key, weight: weights[key] ?? 0 })),
      isDefault: isDefault(stored),
      version: stored?.version ?? 0,
      updatedAt: stored?.updated_at ?? null,
    },
  };
}
