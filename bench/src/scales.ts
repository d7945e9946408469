/** The sizes of a synthetic province. L is issue #9's province; S and M are 1/100 and 1/10 of it. */
export interface Scale {
  name: ScaleName;
  zones: number;
  chains: number;
  segmentsPerChain: number;
  firms: number;
  supplies: number;
  leads: number;
  projects: number;
}

export const SCALE_NAMES = ['XS', 'S', 'M', 'L'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

// Chains are reference data, not volume: they shrink less than the rest so that a chain of a small
// province still has firms in most of its segments. XS only exists for the tests.
export const SCALES: Record<ScaleName, Scale> = {
  XS: {
    name: 'XS',
    zones: 3,
    chains: 2,
    segmentsPerChain: 12,
    firms: 200,
    supplies: 2_000,
    leads: 50,
    projects: 5,
  },
  S: {
    name: 'S',
    zones: 3,
    chains: 4,
    segmentsPerChain: 60,
    firms: 2_000,
    supplies: 20_000,
    leads: 500,
    projects: 50,
  },
  M: {
    name: 'M',
    zones: 30,
    chains: 10,
    segmentsPerChain: 60,
    firms: 20_000,
    supplies: 200_000,
    leads: 5_000,
    projects: 500,
  },
  L: {
    name: 'L',
    zones: 300,
    chains: 20,
    segmentsPerChain: 60,
    firms: 200_000,
    supplies: 2_000_000,
    leads: 50_000,
    projects: 5_000,
  },
};

export function parseScale(value: string | undefined, fallback: ScaleName = 'S'): Scale {
  const name = (value ?? fallback).toUpperCase();
  const scale = SCALES[name as ScaleName];
  if (!scale) throw new Error(`Unknown scale ${value}: use one of ${SCALE_NAMES.join(', ')}`);
  return scale;
}
