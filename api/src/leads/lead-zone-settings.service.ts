import { sql } from 'kysely';
import { insertAuditEntry } from '../audit/audit.repository';
import { requireRole, requireWriteAccess, requireZoneAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { ZoneRow } from '../db/schema';
import { AppError } from '../errors';
import { invalid } from './lead-input';

/** Sets after how many days without activity a zone's open leads count as stalled (1..365). */
export async function setZoneLeadStallDays(
  ctx: ServiceContext,
  zoneId: number,
  days: number,
): Promise<ZoneRow> {
  const viewer = requireRole(requireWriteAccess(ctx.viewer), 'ZONE_MANAGER', 'ADMIN');
  requireZoneAccess(viewer, zoneId);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw invalid('days', 'days must be a whole number from 1 to 365');
  return ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('zone')
      .selectAll()
      .where('id', '=', zoneId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new AppError('NOT_FOUND', 'No such zone');
    const updated = await trx
      .updateTable('zone')
      .set({ lead_stall_days: days, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', zoneId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'zone',
      entityId: zoneId,
      zoneId,
      action: 'UPDATE',
      before: { lead_stall_days: current.lead_stall_days },
      after: { lead_stall_days: days },
    });
    return updated;
  });
}
