import { day, instant } from './calendar';
import type { ProvinceModel } from './province-model';
import type { Random } from './random';
import type { Row } from './sinks';

const LEAD_STAGES = { LEAD: 30, CONTACTED: 25, VISITED: 15, NEGOTIATING: 10, SIGNED: 8, PAUSED: 5, LOST: 7 };
const LEAD_SOURCES = { ANCHOR_REFERRAL: 25, EXPO: 20, AGENCY: 15, FUND: 10, INBOUND: 10, OTHER: 20 };
const PRIORITIES = { HIGH: 20, MEDIUM: 55, LOW: 25 };
const ACTIVITY_KINDS = ['CALL', 'VISIT', 'MEETING', 'EMAIL', 'NOTE'] as const;

export interface LeadPlan {
  id: number;
  zoneIndex: number;
  firm: number;
  stage: string;
  ownerId: number;
  source: string;
  priority: string;
  planned: number;
  createdDaysAgo: number;
  lastActivityDaysAgo: number;
  segments: number[];
}

/** Leads chase firms of the zone's chains located elsewhere, one lead per zone and firm. */
export function leadPlan({ zones, chains, firms }: ProvinceModel, count: number, random: Random): LeadPlan[] {
  const leads: LeadPlan[] = [];
  const taken = new Set<number>();
  for (let attempt = 0; leads.length < count && attempt < count * 5; attempt++) {
    const zoneIndex = random.skewedIndex(zones.length, 1.5);
    const zone = zones[zoneIndex]!;
    let firm: number;
    if (random.chance(0.7)) {
      const list = chains[random.pick(zone.chainIndexes)]!.firmsBySize;
      firm = list[random.skewedIndex(list.length, 1.5)]!;
    } else firm = random.int(0, firms.count - 1);
    const key = zone.id * firms.count + firm;
    if (firms.zoneId[firm] === zone.id || taken.has(key)) continue;
    taken.add(key);
    const segments = firms.segmentIds[firm]!.slice(0, random.int(1, 2));
    leads.push({
      id: leads.length + 1,
      zoneIndex,
      firm,
      stage: random.weighted(LEAD_STAGES),
      ownerId: random.chance(0.15) ? zone.managerId : random.pick(zone.officerIds),
      source: random.weighted(LEAD_SOURCES),
      priority: random.weighted(PRIORITIES),
      planned: Math.round(random.logNormal(20_000, 1)),
      createdDaysAgo: random.int(60, 400),
      lastActivityDaysAgo: random.int(0, 59),
      segments,
    });
  }
  return leads;
}

export function* leadRows({ zones, firms }: ProvinceModel, leads: LeadPlan[]): Iterable<Row> {
  for (const l of leads) {
    const open = l.stage !== 'SIGNED' && l.stage !== 'LOST';
    yield [
      l.id,
      zones[l.zoneIndex]!.id,
      l.firm + 1,
      `${firms.names[l.firm]}投资意向`,
      l.stage,
      l.ownerId,
      l.source,
      l.planned,
      l.priority,
      open ? day((l.id % 40) - 10) : null,
      l.stage === 'NEGOTIATING' ? day(30 + (l.id % 90)) : null,
      l.stage === 'LOST' ? '企业投资计划调整' : null,
      instant(-l.lastActivityDaysAgo - 0.3),
      l.ownerId,
      instant(-l.createdDaysAgo),
      instant(-l.lastActivityDaysAgo),
    ];
  }
}

export function* leadSegmentRows(_model: ProvinceModel, leads: LeadPlan[]): Iterable<Row> {
  for (const l of leads) for (const s of l.segments) yield [l.id, s];
}

export function* stageChangeRows(leads: LeadPlan[]): Iterable<Row> {
  let id = 0;
  for (const l of leads) {
    yield [++id, l.id, null, 'LEAD', l.ownerId, instant(-l.createdDaysAgo)];
    if (l.stage !== 'LEAD')
      yield [++id, l.id, 'LEAD', l.stage, l.ownerId, instant(-l.lastActivityDaysAgo - 1)];
  }
}

export function* activityRows(leads: LeadPlan[], random: Random): Iterable<Row> {
  let id = 0;
  for (const l of leads) {
    const n = random.int(0, 3);
    for (let k = 0; k < n; k++) {
      const at = instant(-l.lastActivityDaysAgo - 0.3 - k * 7);
      yield [++id, l.id, l.ownerId, random.pick(ACTIVITY_KINDS), at, `第${k + 1}次跟进：沟通投资意向`, at];
    }
  }
}
