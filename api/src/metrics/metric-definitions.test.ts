import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  constructionStartRate,
  type FirmFacts,
  investmentInPlaceRate,
  investmentPerMu,
  investmentProgress,
  type LeadFacts,
  leadsConverted,
  newLeadCount,
  type ProjectFacts,
  pipelineFunnel,
  productionRate,
  ratio,
  signedInvestment,
  signedProjectCount,
  specializedFirmCount,
  zoneChainCompleteness,
} from './metric-definitions';

let nextId = 1;
function project(overrides: Partial<ProjectFacts>): ProjectFacts {
  return {
    id: nextId++,
    zoneId: 1,
    totalInvestment: 10_000,
    investmentToDate: 0,
    landMu: null,
    signedOn: '2026-03-01',
    constructionStartedOn: null,
    productionStartedOn: null,
    ...overrides,
  };
}
function lead(overrides: Partial<LeadFacts>): LeadFacts {
  return {
    id: nextId++,
    zoneId: 1,
    stage: 'LEAD',
    plannedInvestment: null,
    createdOn: '2026-02-01',
    signedOn: null,
    ...overrides,
  };
}

const YEAR_2026 = { from: '2026-01-01', to: '2026-11-29' };

// Three projects signed in 2026 (one of them in November), one signed in 2025, one never signed.
const projects = [
  project({
    totalInvestment: 50_000,
    landMu: 100,
    signedOn: '2026-02-10',
    constructionStartedOn: '2026-05-01',
    productionStartedOn: '2026-10-01',
    investmentToDate: 40_000,
  }),
  project({ totalInvestment: 30_000, landMu: 50, signedOn: '2026-11-20', investmentToDate: 3_000 }),
  project({ totalInvestment: null, landMu: 20, signedOn: '2026-06-01', constructionStartedOn: '2026-12-01' }),
  project({
    totalInvestment: 20_000,
    landMu: null,
    signedOn: '2025-12-31',
    constructionStartedOn: '2026-01-05',
    investmentToDate: 20_000,
  }),
  project({ totalInvestment: 99_999, signedOn: null, constructionStartedOn: '2026-03-03' }),
];

describe('signed investment (签约额) and signed projects', () => {
  it('sums the total investment of the projects signed in the period; an unknown total counts 0', () => {
    expect(signedInvestment(projects, YEAR_2026)).toBe(80_000);
    expect(signedProjectCount(projects, YEAR_2026)).toBe(3);
  });

  it('counts the first and last day of the period and nothing outside it', () => {
    expect(signedInvestment(projects, { from: '2026-11-20', to: '2026-11-20' })).toBe(30_000);
    expect(signedProjectCount(projects, { from: '2026-11-21', to: '2026-11-29' })).toBe(0);
  });

  it('is 0 for a zone without projects', () => {
    expect(signedInvestment([], YEAR_2026)).toBe(0);
    expect(signedProjectCount([], YEAR_2026)).toBe(0);
  });
});

describe('construction-start rate (开工率) and production rate (投产率)', () => {
  it('divides the signed projects started by the day by the projects signed by the day', () => {
    // Signed by 2026-11-29: four projects; started by then: the first and the 2025 one.
    expect(constructionStartRate(projects, '2026-11-29')).toBe(2 / 4);
    expect(productionRate(projects, '2026-11-29')).toBe(1 / 4);
  });

  it('reads the state at the day: a start after it does not count yet', () => {
    expect(constructionStartRate(projects, '2026-04-30')).toBe(1 / 2);
  });

  it('is null, not 0 or NaN, when no project was signed by the day', () => {
    expect(constructionStartRate(projects, '2025-01-01')).toBeNull();
    expect(productionRate([], '2026-11-29')).toBeNull();
  });
});

describe('investment-in-place rate (资金到位率) and investment per mu (亩均投资)', () => {
  it('divides investment to date by total investment over signed projects with a total', () => {
    expect(investmentProgress(projects, '2026-11-29')).toEqual({
      planned: 100_000,
      inPlace: 63_000,
      rate: 0.63,
    });
    expect(investmentInPlaceRate(projects, '2026-11-29')).toBe(0.63);
  });

  it('is null when nothing is planned', () => {
    expect(investmentInPlaceRate([project({ totalInvestment: null })], '2026-11-29')).toBeNull();
    expect(investmentInPlaceRate([project({ totalInvestment: 0 })], '2026-11-29')).toBeNull();
  });

  it('divides investment by land over projects with both, in 万元 per 亩', () => {
    // 50,000 + 30,000 over 100 + 50 mu; the project without a total and the one without land are out.
    expect(investmentPerMu(projects, '2026-11-29')).toBeCloseTo(80_000 / 150, 10);
  });

  it('is null when no project has land', () => {
    expect(investmentPerMu([project({ landMu: 0 }), project({ landMu: null })], '2026-11-29')).toBeNull();
  });
});

describe('leads', () => {
  const leads = [
    lead({ stage: 'SIGNED', signedOn: '2026-11-02', plannedInvestment: 8_000 }),
    lead({ stage: 'SIGNED', signedOn: '2025-06-01', createdOn: '2025-01-10', plannedInvestment: 2_000 }),
    lead({ stage: 'NEGOTIATING', plannedInvestment: 5_000, createdOn: '2026-11-25' }),
    lead({ stage: 'NEGOTIATING', plannedInvestment: null }),
    lead({ stage: 'LOST' }),
  ];

  it('counts the leads converted (moved to SIGNED) in the period', () => {
    expect(leadsConverted(leads, YEAR_2026)).toBe(1);
    expect(leadsConverted([], YEAR_2026)).toBe(0);
  });

  it('counts new leads by their creation day', () => {
    expect(newLeadCount(leads, { from: '2026-11-01', to: '2026-11-29' })).toBe(1);
    expect(newLeadCount(leads, YEAR_2026)).toBe(4);
  });

  it('builds the funnel by stage with planned investment, leaving paused and lost leads out', () => {
    expect(pipelineFunnel(leads)).toEqual([
      { stage: 'LEAD', count: 0, plannedInvestment: 0 },
      { stage: 'CONTACTED', count: 0, plannedInvestment: 0 },
      { stage: 'VISITED', count: 0, plannedInvestment: 0 },
      { stage: 'NEGOTIATING', count: 2, plannedInvestment: 5_000 },
      { stage: 'SIGNED', count: 2, plannedInvestment: 10_000 },
    ]);
  });
});

describe('firms and chains', () => {
  const firms: FirmFacts[] = [
    { zoneId: 1, tags: ['HIGH_TECH'], recordedOn: '2026-01-01' },
    { zoneId: 1, tags: ['LITTLE_GIANT', 'ANCHOR'], recordedOn: '2026-12-01' },
    { zoneId: 1, tags: ['ANCHOR', 'LISTED'], recordedOn: '2026-01-01' },
  ];

  it('counts high-tech and specialized firms recorded by the day', () => {
    expect(specializedFirmCount(firms, '2026-11-29')).toBe(1);
    expect(specializedFirmCount(firms, '2026-12-31')).toBe(2);
  });

  it('averages the completeness of the pursued chains; null for a zone without chains', () => {
    expect(zoneChainCompleteness([0.5, 0.7])).toBeCloseTo(0.6, 10);
    expect(zoneChainCompleteness([])).toBeNull();
  });
});

describe('computeMetrics', () => {
  it('fills every metric and leaves current-state metrics out of a past period', () => {
    const facts = { projects, leads: [], firms: [], chainCompleteness: [0.4], current: true };
    const now = computeMetrics(facts, YEAR_2026);
    expect(now.SIGNED_INVESTMENT).toBe(80_000);
    expect(now.INVESTMENT_IN_PLACE_RATE).toBe(0.63);
    expect(now.CHAIN_COMPLETENESS).toBe(0.4);
    expect(computeMetrics({ ...facts, current: false }, YEAR_2026).INVESTMENT_IN_PLACE_RATE).toBeNull();
  });

  it('gives a zone with no data zeros for counts and null for every rate', () => {
    const empty = computeMetrics(
      { projects: [], leads: [], firms: [], chainCompleteness: [], current: true },
      YEAR_2026,
    );
    expect(empty).toEqual({
      SIGNED_INVESTMENT: 0,
      SIGNED_PROJECT_COUNT: 0,
      CONSTRUCTION_START_RATE: null,
      PRODUCTION_RATE: null,
      INVESTMENT_IN_PLACE_RATE: null,
      INVESTMENT_PER_MU: null,
      CHAIN_COMPLETENESS: null,
      LEADS_CONVERTED: 0,
      SPECIALIZED_FIRM_COUNT: 0,
    });
  });

  it('ratio is the one zero-denominator rule', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
  });
});
