import { canAccessZone, requireRole, requireWriteAccess, type Viewer } from '../auth/viewer';
import type { LeadRow } from '../db/schema';
import { AppError } from '../errors';

/*
 * Who works which leads. Officers, managers and admins of a zone work its leads; analysts and
 * leaders read them only. Restoring from the bin, reassigning, the bin itself and the stall
 * threshold belong to the zone's manager or an admin. A lead of a zone the viewer cannot see is
 * NOT_FOUND, exactly like a missing one, so ids of other zones' leads reveal nothing.
 */

/** The first check of every lead mutation: a writable credential and a role that works leads. */
export function requireLeadEditor(viewer: Viewer | null): Viewer {
  return requireRole(requireWriteAccess(viewer), 'OFFICER', 'ZONE_MANAGER', 'ADMIN');
}

/** True when the viewer manages the zone: an admin, or the zone's own manager. */
export function managesZone(viewer: Viewer, zoneId: number): boolean {
  return viewer.role === 'ADMIN' || (viewer.role === 'ZONE_MANAGER' && canAccessZone(viewer, zoneId));
}

/** Throws FORBIDDEN unless the viewer (with a writable credential) manages the zone. */
export function requireZoneManager(viewer: Viewer, zoneId: number): Viewer {
  if (!managesZone(viewer, zoneId)) {
    throw new AppError('FORBIDDEN', "Only the zone's manager or an administrator may do this");
  }
  return viewer;
}

/** The lead, when the viewer may see its zone and it is not in the bin (unless `inBin`); else NOT_FOUND. */
export function visibleLead(
  viewer: Viewer,
  lead: LeadRow | undefined,
  options: { inBin?: boolean } = {},
): LeadRow {
  if (!lead || !canAccessZone(viewer, lead.zone_id)) throw new AppError('NOT_FOUND', 'No such lead');
  const deleted = lead.deleted_at !== null;
  if (deleted !== (options.inBin ?? false)) {
    throw new AppError('NOT_FOUND', deleted ? 'This lead is in the bin' : 'This lead is not in the bin');
  }
  return lead;
}

/** CONFLICT for a stale version, with what the client needs to reload and reapply its edit. */
export function staleLead(current: LeadRow): AppError {
  return new AppError('CONFLICT', 'The lead was changed by someone else: reload it and reapply your edit', {
    details: { currentVersion: current.version, updatedAt: current.updated_at.toISOString() },
  });
}

/** CONFLICT naming the zone's other open lead for the firm (null when only the unique index knows it). */
export function duplicateLead(existingLeadId: number | null): AppError {
  return new AppError('CONFLICT', 'This zone already has an open lead for this firm', {
    details: existingLeadId === null ? {} : { existingLeadId: String(existingLeadId) },
  });
}
