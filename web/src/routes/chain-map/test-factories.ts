import type { Candidate, ChainGapReport, GapSegment, SegmentCoverage } from '../../graphql/chain-gaps.ts';

/** Test data for the chain-map helpers: sensible defaults, override what a test is about. */
export function makeSegment(overrides: Partial<GapSegment> & { id: string }): GapSegment {
  return {
    name: `环节${overrides.id}`,
    nameEn: null,
    stage: 'UPSTREAM',
    weight: 3,
    parent: null,
    ...overrides,
  };
}

export function makeCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    score: 60,
    firm: { id: '900', name: '示例候选有限公司', province: '河北省', city: '唐山市', tags: [] },
    reasons: [{ code: 'SUPPLIES_CHAIN_ANCHOR', points: 50, params: [{ name: 'anchorCount', value: '1' }] }],
    existingLead: null,
    ...overrides,
  };
}

export function makeCoverage(
  segment: Partial<GapSegment> & { id: string },
  overrides: Partial<SegmentCoverage> = {},
): SegmentCoverage {
  return {
    segment: makeSegment(segment),
    status: 'PRESENT',
    localFirmCount: 3,
    localFirms: [],
    hasAnchor: false,
    brokenLink: false,
    candidateCount: 0,
    candidates: [],
    ...overrides,
  };
}

export function makeReport(
  coverages: SegmentCoverage[],
  overrides: Partial<ChainGapReport['chain']> = {},
): ChainGapReport {
  return {
    completeness: 0.5,
    zone: { id: '1', name: '石家庄高新技术产业开发区' },
    chain: {
      id: '1',
      name: '新能源汽车',
      nameEn: 'New energy vehicles',
      weakBelow: 2,
      segments: coverages.map((c) => ({ id: c.segment.id })),
      feeds: [],
      ...overrides,
    },
    segments: coverages,
  };
}
