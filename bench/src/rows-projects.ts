import { day, instant, isoWeek } from './calendar';
import type { ProvinceModel } from './province-model';
import type { Random } from './random';
import type { LeadPlan } from './rows-leads';
import type { Row } from './sinks';

export const MILESTONE_KINDS = [
  'SIGNED',
  'LAND',
  'PERMITS',
  'CONSTRUCTION_START',
  'COMPLETION',
  'PRODUCTION',
] as const;

export interface ProjectPlan {
  id: number;
  zoneIndex: number;
  firm: number;
  leadId: number | null;
  total: number;
  progress: number;
  startDaysAgo: number;
  segments: number[];
}

/** Projects come from signed leads first, then from firms the zone met some other way. */
export function projectPlan(
  { zones, firms }: ProvinceModel,
  leads: LeadPlan[],
  count: number,
  random: Random,
): ProjectPlan[] {
  const signed = leads.filter((l) => l.stage === 'SIGNED');
  return Array.from({ length: count }, (_, p) => {
    const lead = signed[p];
    const firm = lead ? lead.firm : random.int(0, firms.count - 1);
    return {
      id: p + 1,
      zoneIndex: lead ? lead.zoneIndex : random.skewedIndex(zones.length, 1.5),
      firm,
      leadId: lead?.id ?? null,
      total: Math.round(random.logNormal(50_000, 1)),
      progress: random.int(0, 100),
      startDaysAgo: random.int(30, 700),
      segments: firms.segmentIds[firm]!.slice(0, 2),
    };
  });
}

export function* projectRows({ zones, firms }: ProvinceModel, projects: ProjectPlan[]): Iterable<Row> {
  for (const p of projects) {
    const zone = zones[p.zoneIndex]!;
    const at = instant(-p.startDaysAgo);
    yield [
      p.id,
      zone.id,
      p.firm + 1,
      p.leadId,
      `${firms.names[p.firm]!.replace(/(股份|科技|制造)?有限公司$/, '')}项目`,
      p.total,
      Math.round(p.total * 0.7),
      Math.round((p.total * p.progress) / 100),
      20 + (p.id % 300),
      p.total * 2,
      Math.round(p.total / 10),
      '王副区长',
      '副区长',
      zone.managerId,
      '招商局',
      zone.managerId,
      at,
      at,
    ];
  }
}

export function* projectSegmentRows(_model: ProvinceModel, projects: ProjectPlan[]): Iterable<Row> {
  for (const p of projects) for (const s of p.segments) yield [p.id, s];
}

export function* milestoneRows(projects: ProjectPlan[]): Iterable<Row> {
  let id = 0;
  for (const p of projects) {
    for (const [k, kind] of MILESTONE_KINDS.entries()) {
      const planned = -p.startDaysAgo + k * 90;
      const done = planned < 0 && (p.id + k) % 5 !== 0;
      yield [
        ++id,
        p.id,
        kind,
        day(planned),
        done ? day(Math.min(0, planned + ((p.id * 7 + k) % 30))) : null,
        instant(-p.startDaysAgo),
      ];
    }
  }
}

export function* reportRows(
  { zones }: ProvinceModel,
  projects: ProjectPlan[],
  random: Random,
): Iterable<Row> {
  let id = 0;
  for (const p of projects) {
    const weeks = Math.min(random.int(4, 12), Math.floor(p.startDaysAgo / 7));
    const skipped = random.int(0, 2);
    for (let w = weeks - 1; w >= 0; w--) {
      const offset = -7 * (w + skipped);
      const percent = Math.max(0, Math.round(p.progress - w * 2));
      const at = instant(offset);
      yield [
        ++id,
        p.id,
        isoWeek(offset),
        percent,
        `本周完成进度${percent}%`,
        zones[p.zoneIndex]!.managerId,
        at,
        at,
      ];
    }
  }
}
