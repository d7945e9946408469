import { instant } from './calendar';
import { ADMIN_USER_ID, ANALYST_USER_ID, type ProvinceModel } from './province-model';
import type { Random } from './random';
import type { Row } from './sinks';

// Rows of the reference tables: zones and their staff, chains, segments and feeds.

const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
const ZONE_SUFFIX: Record<string, string> = {
  HIGH_TECH: '高新区',
  ECONOMIC: '经开区',
  BONDED: '综保区',
  OTHER: '产业园',
};

export function* zoneRows({ zones }: ProvinceModel): Iterable<Row> {
  for (const z of zones) {
    const level = z.id % 7 === 1 ? 'NATIONAL' : z.id % 7 === 0 ? null : 'PROVINCIAL';
    const name = `${z.city.replace(/市$/, '')}${ZONE_SUFFIX[z.kind]}${z.id}号`;
    yield [
      z.id,
      `B${String(z.id).padStart(5, '0')}`,
      name,
      z.kind,
      level,
      '河北省',
      z.city,
      null,
      instant(-900),
      instant(-900),
    ];
  }
}

export function* userRows({ zones }: ProvinceModel, passwordHash: string): Iterable<Row> {
  const at = instant(-800);
  yield [
    ADMIN_USER_ID,
    'bench-admin@bench.local',
    '基准管理员',
    passwordHash,
    'ADMIN',
    null,
    null,
    false,
    at,
    at,
  ];
  yield [
    ANALYST_USER_ID,
    'bench-analyst@bench.local',
    '基准分析员',
    passwordHash,
    'ANALYST',
    null,
    '分析员',
    false,
    at,
    at,
  ];
  for (const z of zones) {
    yield [
      z.managerId,
      `bench-z${z.id}-manager@bench.local`,
      `园区${z.id}经理`,
      passwordHash,
      'ZONE_MANAGER',
      z.id,
      '招商局局长',
      false,
      at,
      at,
    ];
    for (const [k, id] of z.officerIds.entries()) {
      yield [
        id,
        `bench-z${z.id}-officer${k + 1}@bench.local`,
        `园区${z.id}专员${k + 1}`,
        passwordHash,
        'OFFICER',
        z.id,
        '招商专员',
        false,
        at,
        at,
      ];
    }
  }
}

export function* grantRows({ zones }: ProvinceModel): Iterable<Row> {
  for (const z of zones) yield [ANALYST_USER_ID, z.id, instant(-800)];
}

export function* chainRows({ chains }: ProvinceModel): Iterable<Row> {
  for (const c of chains) {
    yield [
      c.id,
      `BENCH${String(c.id).padStart(2, '0')}`,
      `基准产业链${c.id}`,
      2,
      instant(-900),
      instant(-900),
    ];
  }
}

export function* segmentRows({ chains }: ProvinceModel, random: Random): Iterable<Row> {
  for (const c of chains) {
    const at = instant(-900);
    for (const [j, parentId] of c.parents.entries()) {
      const stage = STAGES[Math.min(2, Math.floor((3 * j) / c.parents.length))]!;
      yield [
        parentId,
        c.id,
        null,
        `P${j + 1}`,
        `环节${j + 1}`,
        stage,
        random.int(2, 5),
        (j + 1) * 100,
        at,
        at,
      ];
    }
    for (const [k, childId] of c.children.entries()) {
      const j = c.parentOf.get(childId)!;
      const stage = STAGES[Math.min(2, Math.floor((3 * j) / c.parents.length))]!;
      yield [
        childId,
        c.id,
        c.parents[j]!,
        `P${j + 1}-${k + 1}`,
        `环节${j + 1}-${k + 1}`,
        stage,
        random.int(1, 5),
        (j + 1) * 100 + k + 1,
        at,
        at,
      ];
    }
  }
}

/** Feeds run from a parent step to the next (never back), so every chain stays a DAG. */
export function* feedRows({ chains }: ProvinceModel, random: Random): Iterable<Row> {
  for (const c of chains) {
    const seen = new Set<string>();
    const feed = (from: number, to: number): Row | null => {
      const key = `${from}>${to}`;
      if (seen.has(key)) return null;
      seen.add(key);
      return [c.id, from, to];
    };
    for (let j = 1; j < c.parents.length; j++) {
      const parentFeed = feed(c.parents[j - 1]!, c.parents[j]!);
      if (parentFeed) yield parentFeed;
      const before = c.childrenByParent[j - 1]!;
      for (const child of c.childrenByParent[j]!) {
        if (before.length > 0) {
          const row = feed(random.pick(before), child);
          if (row) yield row;
        }
        const earlier = c.childrenByParent[j - 2];
        if (earlier && earlier.length > 0 && random.chance(0.3)) {
          const row = feed(random.pick(earlier), child);
          if (row) yield row;
        }
      }
    }
  }
}

export function* zoneChainRows({ zones, chains }: ProvinceModel): Iterable<Row> {
  for (const z of zones) for (const c of z.chainIndexes) yield [z.id, chains[c]!.id, instant(-850)];
}
