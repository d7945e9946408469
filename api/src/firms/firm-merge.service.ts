import { sql } from 'kysely';
import { insertAuditEntry } from '../audit/audit.repository';
import { canAccessZone, requireRole, requireWriteAccess, type Viewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { FirmRow } from '../db/schema';
import { AppError } from '../errors';
import { firmNameInitials } from './firm-initials';
import {
  findZonesWithOpenLeadsOfBoth,
  lockFirms,
  moveLeads,
  moveProjects,
  moveSegments,
  moveSupplies,
  repointMerged,
} from './firm-merge.repository';

/**
 * Merges a duplicate firm into the survivor, in one audited transaction: the duplicate's leads,
 * projects (and with them their activities), supply relations, segments and names (its name becomes
 * an alias) move to the survivor; the survivor keeps its values and takes the duplicate's where it has
 * none; the duplicate is soft-deleted with `merged_into_id`.
 *
 * Who may merge: an ADMIN any two firms; a ZONE_MANAGER two firms that are both located in zones
 * they manage. Firms outside every zone are shared reference data that no single zone owns, so only
 * an ADMIN merges them.
 */
export async function mergeFirms(
  ctx: ServiceContext,
  input: { survivorId: number; duplicateId: number; survivorVersion: number },
): Promise<FirmRow> {
  const viewer = requireRole(requireWriteAccess(ctx.viewer), 'ZONE_MANAGER', 'ADMIN');
  if (input.survivorId === input.duplicateId) {
    throw new AppError('VALIDATION', 'A firm cannot be merged into itself', {
      details: { field: 'duplicateId' },
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const firms = await lockFirms(trx, [input.survivorId, input.duplicateId]);
    const survivor = firms.find((f) => f.id === input.survivorId && f.deleted_at === null);
    const duplicate = firms.find((f) => f.id === input.duplicateId && f.deleted_at === null);
    if (!survivor || !duplicate) throw new AppError('NOT_FOUND', 'No such firm');
    requireMergeRight(viewer, survivor, duplicate);
    if (survivor.version !== input.survivorVersion) {
      throw new AppError('CONFLICT', 'The firm was changed by someone else: reload it and merge again', {
        details: { currentVersion: survivor.version },
      });
    }
    const clashes = await findZonesWithOpenLeadsOfBoth(trx, survivor.id, duplicate.id);
    if (clashes.length) {
      throw new AppError(
        'CONFLICT',
        `Both firms have an open lead in ${clashes.map((c) => c.name).join('、')}: close or delete one of them first`,
        {
          details: {
            leadIds: clashes.flatMap((c) => [String(c.survivor_lead_id), String(c.duplicate_lead_id)]),
          },
        },
      );
    }

    const deleted = await trx
      .updateTable('firm')
      .set({
        deleted_at: new Date(),
        merged_into_id: survivor.id,
        updated_at: new Date(),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', duplicate.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const leads = await moveLeads(trx, duplicate.id, survivor.id);
    const projects = await moveProjects(trx, duplicate.id, survivor.id);
    const supplies = await moveSupplies(trx, duplicate.id, survivor.id);
    await moveSegments(trx, duplicate.id, survivor.id);
    await repointMerged(trx, duplicate.id, survivor.id);
    const merged = await trx
      .updateTable('firm')
      .set({
        ...mergedValues(survivor, duplicate),
        updated_at: new Date(),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', survivor.id)
      .returningAll()
      .executeTakeFirstOrThrow();

    const moved = {
      mergedFirmId: duplicate.id,
      leadIds: leads.map((l) => l.id),
      projectIds: projects.map((p) => p.id),
      suppliesMoved: supplies.moved,
      suppliesDropped: supplies.dropped,
    };
    const audit = { actorId: viewer.userId, entity: 'firm' as const, action: 'MERGE' as const };
    await insertAuditEntry(trx, {
      ...audit,
      entityId: survivor.id,
      zoneId: survivor.zone_id,
      before: survivor,
      after: { ...merged, ...moved },
    });
    await insertAuditEntry(trx, {
      ...audit,
      entityId: duplicate.id,
      zoneId: duplicate.zone_id,
      before: duplicate,
      after: deleted,
    });
    for (const lead of leads) {
      await insertAuditEntry(trx, {
        ...audit,
        entity: 'lead',
        action: 'UPDATE',
        entityId: lead.id,
        zoneId: lead.zone_id,
        before: { firm_id: duplicate.id },
        after: { firm_id: survivor.id, version: lead.version },
      });
    }
    for (const project of projects) {
      await insertAuditEntry(trx, {
        ...audit,
        entity: 'project',
        action: 'UPDATE',
        entityId: project.id,
        zoneId: project.zone_id,
        before: { firm_id: duplicate.id },
        after: { firm_id: survivor.id, version: project.version },
      });
    }
    ctx.log.info({ survivorId: survivor.id, duplicateId: duplicate.id, ...moved }, 'firms merged');
    return merged;
  });
}

function requireMergeRight(viewer: Viewer, ...firms: FirmRow[]): void {
  if (viewer.role === 'ADMIN') return;
  for (const firm of firms) {
    if (firm.zone_id === null) {
      throw new AppError('FORBIDDEN', 'Firms outside every zone are merged by an administrator');
    }
    if (!canAccessZone(viewer, firm.zone_id))
      throw new AppError('FORBIDDEN', 'You have no access to this zone');
  }
}

/** The survivor's values, completed by the duplicate's where the survivor has none. */
function mergedValues(survivor: FirmRow, duplicate: FirmRow) {
  const aliases = new Set([...survivor.aliases, duplicate.name, ...duplicate.aliases]);
  aliases.delete(survivor.name);
  return {
    uscc: survivor.uscc ?? duplicate.uscc,
    aliases: [...aliases],
    province: survivor.province ?? duplicate.province,
    city: survivor.city ?? duplicate.city,
    zone_id: survivor.zone_id ?? duplicate.zone_id,
    tags: [...new Set([...survivor.tags, ...duplicate.tags])].sort(),
    revenue: survivor.revenue ?? duplicate.revenue,
    employees: survivor.employees ?? duplicate.employees,
    founded_on: survivor.founded_on ?? duplicate.founded_on,
    website: survivor.website ?? duplicate.website,
    name_initials: survivor.name_initials ?? firmNameInitials(survivor.name),
  };
}
