import type { SeededZone, Trx } from './context';
import { HEBEI_ZONES } from './data/hebei-zones';
import { NATIONAL_ZONE_CODES, ZONE_PROFILES } from './data/zone-profiles';
import { at } from './dates';

export type ZoneKind = 'HIGH_TECH' | 'ECONOMIC' | 'BONDED' | 'OTHER';

/** The zone kind implied by its name: 高新 -> high-tech, 经济(技术)开发区 -> economic, 综合保税区 -> bonded. */
export function zoneKindFromName(name: string): ZoneKind {
  if (name.includes('高新')) return 'HIGH_TECH';
  if (name.includes('经济技术开发区') || name.includes('经济开发区')) return 'ECONOMIC';
  if (name.includes('综合保税区')) return 'BONDED';
  return 'OTHER';
}

/** Writes the 23 Hebei zones; only the seven known national zones get a level. */
export async function seedZones(trx: Trx, createdOn: string): Promise<Map<string, SeededZone>> {
  const createdAt = at(createdOn, 9);
  const rows = HEBEI_ZONES.map((zone) => ({
    code: zone.code,
    name: zone.name,
    kind: zoneKindFromName(zone.name),
    level: NATIONAL_ZONE_CODES.has(zone.code) ? 'NATIONAL' : null,
    province: '河北省',
    city: zone.city,
    city_code: zone.cityCode,
    county: null,
    created_at: createdAt,
    updated_at: createdAt,
  }));
  const ids = await trx.insertInto('zone').values(rows).returning('id').execute();
  const zones = new Map<string, SeededZone>();
  HEBEI_ZONES.forEach((zone, i) => {
    const profile = ZONE_PROFILES[zone.code];
    const id = ids[i]?.id;
    if (!profile || id === undefined) throw new Error(`zone ${zone.code} has no profile or id`);
    zones.set(zone.code, { id, code: zone.code, name: zone.name, city: zone.city, profile });
  });
  return zones;
}
