import type { Kysely } from 'kysely';
import type { Database, ZoneRow } from '../db/schema';

/**
 * Reference data an import resolves names against, loaded once per file: the segments of the zone's
 * chains (by name and code), the zones (by name and code), the users (by name and email).
 */
export interface ImportLookups {
  segmentsByName: Map<string, number[]>;
  zonesByName: Map<string, number>;
  usersByName: Map<string, number[]>;
}

const key = (text: string) => text.trim().toLowerCase();

export async function loadImportLookups(db: Kysely<Database>, zone: ZoneRow): Promise<ImportLookups> {
  const segments = await db
    .selectFrom('segment')
    .innerJoin('zone_chain', 'zone_chain.chain_id', 'segment.chain_id')
    .where('zone_chain.zone_id', '=', zone.id)
    .select(['segment.id', 'segment.name', 'segment.name_en', 'segment.code'])
    .execute();
  const segmentsByName = new Map<string, number[]>();
  for (const s of segments) {
    for (const name of new Set([s.name, s.name_en, s.code].filter((n): n is string => !!n).map(key))) {
      segmentsByName.set(name, [...(segmentsByName.get(name) ?? []), s.id]);
    }
  }
  const zones = await db.selectFrom('zone').select(['id', 'name', 'code']).execute();
  const zonesByName = new Map<string, number>();
  for (const z of zones) {
    zonesByName.set(key(z.name), z.id);
    if (z.code) zonesByName.set(key(z.code), z.id);
  }
  const users = await db
    .selectFrom('app_user')
    .where('disabled_at', 'is', null)
    .select(['id', 'display_name', 'email'])
    .execute();
  const usersByName = new Map<string, number[]>();
  for (const u of users) {
    for (const name of [key(u.display_name), key(u.email)]) {
      usersByName.set(name, [...(usersByName.get(name) ?? []), u.id]);
    }
  }
  return { segmentsByName, zonesByName, usersByName };
}

/** Segment ids for the names in a cell; unknown or ambiguous names are reported through `fail`. */
export function resolveSegments(
  lookups: ImportLookups,
  names: readonly string[],
  fail: (name: string, reason: string) => void,
): number[] {
  const ids: number[] = [];
  for (const name of names) {
    const found = lookups.segmentsByName.get(key(name)) ?? [];
    if (found.length === 1) ids.push(found[0] as number);
    else if (found.length === 0) fail(name, `"${name}" is not a segment of this zone's chains`);
    else fail(name, `"${name}" names segments of several chains; use the segment code instead`);
  }
  return [...new Set(ids)];
}

export function resolveUser(lookups: ImportLookups, name: string): number[] {
  return lookups.usersByName.get(key(name)) ?? [];
}

export function resolveZone(lookups: ImportLookups, name: string): number | undefined {
  return lookups.zonesByName.get(key(name));
}
