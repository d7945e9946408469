import { type ChainSpec, leafSegments } from './data/chain-spec';
import { HOME_ZONE_CODE, type ZoneStrength } from './data/zone-profiles';
import type { Random } from './random';

/**
 * How many local firms each leaf segment of a (zone, chain) gets, decided before any firm is made so
 * that the gap analysis (DESIGN.md §5, weakBelow = 2) finds a planned mix: 0 firms -> MISSING,
 * 1 -> WEAK, 2 or more -> PRESENT. Local firms only ever add secondary segments that are already
 * PRESENT, so the plan is exactly what the analysis will see.
 */
export interface CoveragePlan {
  zoneCode: string;
  chain: ChainSpec;
  /** Leaf segment code -> number of local firms whose main segment it is. */
  localCounts: Map<string, number>;
  /** Leaf segments whose first local firm is an anchor (链主). */
  anchorSegments: string[];
}

interface Mix {
  missing: number;
  weak: number;
  present: number;
  maxPresent: number;
  anchors: number;
}

const MIXES: Record<ZoneStrength, Mix> = {
  STRONG: { missing: 0.25, weak: 0.3, present: 0.45, maxPresent: 3, anchors: 2 },
  MEDIUM: { missing: 0.45, weak: 0.3, present: 0.25, maxPresent: 3, anchors: 1 },
  WEAK: { missing: 0.7, weak: 0.25, present: 0.05, maxPresent: 2, anchors: 0 },
};

interface Showcase {
  counts: Record<string, number>;
  anchors: string[];
}

/**
 * Fixed cases in the home zone (石家庄高新区) so the demo always shows them. In NEV exactly four leaf
 * segments are MISSING and each is a broken link: 隔膜 -> 电芯制造 (PRESENT, with the anchor cell maker),
 * 车规级芯片 -> 电池管理系统 (WEAK), 激光雷达 -> 自动驾驶域控制器, 锂资源 -> 正极材料; the car maker is the
 * other anchor. In BIO, 培养基与生物试剂 is missing upstream of a local antibody anchor.
 */
const SHOWCASES: Record<string, Partial<Record<string, Showcase>>> = {
  [HOME_ZONE_CODE]: {
    NEV: {
      counts: {
        'BAT-SEP': 0,
        'ELE-CHIP': 0,
        'ICV-LID': 0,
        'RAW-LI': 0,
        'ELE-PWR': 1,
        'ELE-SEN': 2,
        'ELE-HAR': 2,
        'DRV-CTL': 2,
        'PRT-TRIM': 2,
        'RAW-GRA': 1,
        'BAT-ELY': 1,
        'BAT-BMS': 1,
        'BAT-ANO': 1,
        'BAT-CELL': 4,
        'BAT-PACK': 3,
        'BAT-CAT': 2,
        'VEH-PAS': 3,
        'DRV-MOT': 2,
      },
      anchors: ['VEH-PAS', 'BAT-CELL'],
    },
    BIO: { counts: { 'MAT-BIO': 0, 'BLG-MAB': 3, 'RND-CLN': 1 }, anchors: ['BLG-MAB'] },
  },
};

/** Plans the local coverage of one chain in one zone. */
export function planCoverage(
  zoneCode: string,
  strength: ZoneStrength,
  chain: ChainSpec,
  rng: Random,
): CoveragePlan {
  const mix = MIXES[strength];
  const showcase = SHOWCASES[zoneCode]?.[chain.code];
  const localCounts = new Map<string, number>();
  for (const segment of leafSegments(chain)) {
    const status = rng.weighted([
      ['MISSING', mix.missing],
      ['WEAK', mix.weak],
      ['PRESENT', mix.present],
    ] as const);
    const count = status === 'MISSING' ? 0 : status === 'WEAK' ? 1 : rng.int(2, mix.maxPresent);
    localCounts.set(segment.code, count);
  }
  let anchorSegments: string[];
  if (showcase) {
    for (const [code, count] of Object.entries(showcase.counts)) localCounts.set(code, count);
    anchorSegments = showcase.anchors;
  } else {
    const wanted = strength === 'MEDIUM' && rng.chance(0.4) ? 0 : mix.anchors;
    anchorSegments = rng.shuffle(chain.anchorSegments).slice(0, wanted);
  }
  // An anchor's segment always has other local firms too.
  for (const code of anchorSegments) localCounts.set(code, Math.max(2, localCounts.get(code) ?? 0));
  return { zoneCode, chain, localCounts, anchorSegments };
}

/** The leaf segments with no or one local firm: where a zone's leads should aim. */
export function gapSegments(plan: CoveragePlan): string[] {
  return [...plan.localCounts].filter(([, count]) => count <= 1).map(([code]) => code);
}

/** The leaf segments with at least two local firms. */
export function presentSegments(plan: CoveragePlan): string[] {
  return [...plan.localCounts].filter(([, count]) => count >= 2).map(([code]) => code);
}
