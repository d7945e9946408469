import { describe, expect, it } from 'vitest';
import { NO_SUPPLY_SIGNALS, type ScoringContext, scoreCandidate } from './candidate-score.ts';
import { DEFAULT_CANDIDATE_WEIGHTS, DEFAULT_SIZE_REVENUE_CAP } from './candidate-weights.ts';
import { firm } from './test-factories.ts';

const context: ScoringContext = {
  weights: DEFAULT_CANDIDATE_WEIGHTS,
  zoneProvince: '河北省',
  sizeRevenueCap: DEFAULT_SIZE_REVENUE_CAP,
};

function codes(result: ReturnType<typeof scoreCandidate>): string[] {
  return result.reasons.map((reason) => reason.code);
}

describe('scoreCandidate', () => {
  it('gives a firm with no signal a score of 0 and no reasons', () => {
    expect(scoreCandidate(firm(1), NO_SUPPLY_SIGNALS, context)).toEqual({ score: 0, reasons: [] });
  });

  it('explains each supply signal with its count and sums the weights', () => {
    const result = scoreCandidate(
      firm(1),
      { localAnchors: 2, localFirms: 3, chainAnchorsElsewhere: 1 },
      context,
    );
    expect(result.reasons).toEqual([
      { code: 'SUPPLIES_LOCAL_ANCHOR', params: { anchorCount: 2 }, points: 120 },
      { code: 'SUPPLIES_LOCAL_FIRM', params: { firmCount: 3 }, points: 80 },
      { code: 'SUPPLIES_CHAIN_ANCHOR', params: { anchorCount: 1 }, points: 50 },
    ]);
    expect(result.score).toBe(250);
  });

  it('adds one reason per recognised tag, ignoring ANCHOR and unknown tags', () => {
    const tagged = firm(1, {
      tags: ['HIGH_TECH', 'LITTLE_GIANT', 'ANCHOR', 'WHATEVER', 'LISTED', 'SPECIALIZED'],
    });
    const result = scoreCandidate(tagged, NO_SUPPLY_SIGNALS, context);
    expect(codes(result)).toEqual(['TAG_LITTLE_GIANT', 'TAG_SPECIALIZED', 'TAG_LISTED', 'TAG_HIGH_TECH']);
    expect(result.score).toBe(15 + 10 + 8 + 5);
  });

  it('prefers the same province over the rest of 京津冀 over elsewhere', () => {
    const same = scoreCandidate(firm(1, { province: '河北省' }), NO_SUPPLY_SIGNALS, context);
    const jingjinji = scoreCandidate(firm(1, { province: '北京市' }), NO_SUPPLY_SIGNALS, context);
    const elsewhere = scoreCandidate(firm(1, { province: '广东省' }), NO_SUPPLY_SIGNALS, context);
    expect(same.reasons).toEqual([
      { code: 'PROXIMITY_SAME_PROVINCE', params: { province: '河北省' }, points: 6 },
    ]);
    expect(codes(jingjinji)).toEqual(['PROXIMITY_JINGJINJI']);
    expect(same.score).toBeGreaterThan(jingjinji.score);
    expect(jingjinji.score).toBeGreaterThan(elsewhere.score);
  });

  it('gives no 京津冀 bonus when the zone itself is outside 京津冀', () => {
    const result = scoreCandidate(firm(1, { province: '北京市' }), NO_SUPPLY_SIGNALS, {
      ...context,
      zoneProvince: '广东省',
    });
    expect(result.reasons).toEqual([]);
  });

  it('gives no proximity reason when the zone province is unknown', () => {
    const result = scoreCandidate(firm(1, { province: '河北省' }), NO_SUPPLY_SIGNALS, {
      ...context,
      zoneProvince: null,
    });
    expect(result.reasons).toEqual([]);
  });

  it('grows SIZE with log revenue and caps it at the SIZE weight', () => {
    const small = scoreCandidate(firm(1, { revenue: 1_000 }), NO_SUPPLY_SIGNALS, context).score;
    const large = scoreCandidate(firm(1, { revenue: 100_000 }), NO_SUPPLY_SIGNALS, context).score;
    const huge = scoreCandidate(firm(1, { revenue: 50_000_000 }), NO_SUPPLY_SIGNALS, context);
    expect(small).toBeGreaterThan(0);
    expect(large).toBeGreaterThan(small);
    expect(huge.score).toBe(DEFAULT_CANDIDATE_WEIGHTS.SIZE);
    expect(huge.reasons[0]?.params).toEqual({ revenue: 50_000_000 });
  });

  it('leaves out the reason of a signal whose weight is set to 0', () => {
    const result = scoreCandidate(firm(1, { tags: ['LISTED'], province: '河北省' }), NO_SUPPLY_SIGNALS, {
      ...context,
      weights: { ...DEFAULT_CANDIDATE_WEIGHTS, TAG_LISTED: 0 },
    });
    expect(codes(result)).toEqual(['PROXIMITY_SAME_PROVINCE']);
  });
});

describe('DEFAULT_CANDIDATE_WEIGHTS', () => {
  it('orders the signals strongest first, as DESIGN.md lists them', () => {
    const w = DEFAULT_CANDIDATE_WEIGHTS;
    expect(w.SUPPLIES_LOCAL_ANCHOR).toBeGreaterThan(w.SUPPLIES_LOCAL_FIRM);
    expect(w.SUPPLIES_LOCAL_FIRM).toBeGreaterThan(w.SUPPLIES_CHAIN_ANCHOR);
    expect(w.PROXIMITY_SAME_PROVINCE).toBeGreaterThan(w.PROXIMITY_JINGJINJI);
  });

  it('lets any one supply signal outweigh the best possible tags, proximity and size together', () => {
    const best = scoreCandidate(
      firm(1, {
        tags: ['LITTLE_GIANT', 'SPECIALIZED', 'LISTED', 'HIGH_TECH'],
        province: '河北省',
        revenue: 1e9,
      }),
      NO_SUPPLY_SIGNALS,
      context,
    );
    const weakestSupply = scoreCandidate(
      firm(2),
      { ...NO_SUPPLY_SIGNALS, chainAnchorsElsewhere: 1 },
      context,
    );
    expect(weakestSupply.score).toBeGreaterThan(best.score);
  });
});
