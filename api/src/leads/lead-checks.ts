import type { Kysely } from 'kysely';
import { findSegmentsByIds } from '../chains/chain.repository';
import type { Database } from '../db/schema';
import { findUsersByIds } from '../users/user.repository';
import { findZoneChainIds } from '../zones/zone.repository';
import { invalid } from './lead-input';

/** Throws VALIDATION unless every segment exists and belongs to a chain the zone pursues. */
export async function requireZoneSegments(
  db: Kysely<Database>,
  zoneId: number,
  segmentIds: readonly number[],
): Promise<void> {
  if (segmentIds.length === 0) return;
  const [segments, zoneChains] = await Promise.all([
    findSegmentsByIds(db, segmentIds),
    findZoneChainIds(db, [zoneId]),
  ]);
  if (segments.length !== segmentIds.length) throw invalid('segmentIds', 'Unknown segment');
  const chains = new Set(zoneChains.map((c) => c.chain_id));
  if (segments.some((s) => !chains.has(s.chain_id))) {
    throw invalid('segmentIds', "A segment must belong to one of the zone's chains");
  }
}

/** Throws VALIDATION unless the user is an active officer or manager of the zone (who can own its leads). */
export async function requireOwnerOfZone(
  db: Kysely<Database>,
  zoneId: number,
  userId: number,
): Promise<void> {
  const [user] = await findUsersByIds(db, [userId]);
  if (
    !user ||
    user.disabled_at ||
    user.zone_id !== zoneId ||
    !['OFFICER', 'ZONE_MANAGER'].includes(user.role)
  ) {
    throw invalid('ownerId', "The owner must be an active officer or manager of the lead's zone");
  }
}
