import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer';
import type { Database, UserRow } from '../db/schema';
import { isRole } from '../users/roles';
import { findGrantedZoneIds } from '../users/user.repository';

/**
 * The recipient as a viewer, built like a signed-in session (auth.service.ts), so a digest goes
 * through the same zone-scoped services as the web app and can show nothing its reader could not
 * see there. Read-only: a digest never writes through it.
 */
export async function recipientViewer(db: Kysely<Database>, user: UserRow): Promise<Viewer | null> {
  if (user.disabled_at || !isRole(user.role)) return null;
  let zoneIds: Viewer['zoneIds'] = 'ALL';
  if (user.role !== 'ADMIN') {
    const granted = await findGrantedZoneIds(db, user.id);
    zoneIds = new Set(user.zone_id === null ? granted : [user.zone_id, ...granted]);
  }
  return { userId: user.id, role: user.role, zoneId: user.zone_id, zoneIds, via: 'SESSION', scope: 'READ' };
}
