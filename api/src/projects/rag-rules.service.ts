import { insertAuditEntry } from '../audit/audit.repository';
import { requireRole, requireViewer, requireWriteAccess, requireZoneAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { findZoneById, findZoneRagRules, updateZoneRagRules } from '../zones/zone.repository';
import { DEFAULT_RAG_RULES, type RagRules, resolveRagRules } from './rag';

/**
 * Each zone's RAG thresholds: the documented defaults with the zone's stored overrides laid over
 * them. Overrides are validated when written, so a stored one always resolves.
 */
export async function ragRulesOfZones(ctx: ServiceContext, zoneIds: readonly number[]): Promise<RagRules[]> {
  requireViewer(ctx.viewer);
  const rows = await findZoneRagRules(ctx.db, zoneIds);
  const byZone = new Map(rows.map((r) => [r.id, resolveRagRules(r.rag_rules)]));
  return zoneIds.map((id) => byZone.get(id) ?? DEFAULT_RAG_RULES);
}

/** The thresholds a zone's projects are judged by, for the UI to explain a status. Rules are not secret. */
export async function ragRulesOf(ctx: ServiceContext, zoneId: number): Promise<RagRules> {
  requireViewer(ctx.viewer);
  if (!(await findZoneById(ctx.db, zoneId))) throw new AppError('NOT_FOUND', 'No such zone');
  const [rules] = await ragRulesOfZones(ctx, [zoneId]);
  return rules ?? DEFAULT_RAG_RULES;
}

/**
 * A zone tunes its thresholds (its manager, or an admin): a partial override, checked against the
 * documented limits (a YELLOW threshold never above its RED one), audited. `{}` restores the defaults.
 */
export async function setZoneRagRules(
  ctx: ServiceContext,
  zoneId: number,
  overrides: Partial<Record<keyof RagRules, number | null>>,
): Promise<RagRules> {
  const viewer = requireRole(requireWriteAccess(ctx.viewer), 'ZONE_MANAGER', 'ADMIN');
  requireZoneAccess(viewer, zoneId);
  const zone = await findZoneById(ctx.db, zoneId);
  if (!zone) throw new AppError('NOT_FOUND', 'No such zone');
  const stored = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v != null)) as Record<
    string,
    number
  >;
  let rules: RagRules;
  try {
    rules = resolveRagRules(stored);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('VALIDATION', error.message, { cause: error });
    throw error;
  }
  const [before] = await findZoneRagRules(ctx.db, [zoneId]);
  await ctx.db.transaction().execute(async (trx) => {
    await updateZoneRagRules(trx, zoneId, stored);
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'zone',
      entityId: zoneId,
      zoneId,
      action: 'UPDATE',
      before: { ragRules: before?.rag_rules ?? {} },
      after: { ragRules: stored },
    });
  });
  ctx.log.info({ zoneId, rules: stored }, 'zone RAG rules changed');
  return rules;
}
