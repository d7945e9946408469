import { describe, expect, it } from 'vitest';
import type { RankingWeightSettings } from './ranking-query.ts';
import { draftFromSettings, weightShares, weightsFromDraft } from './ranking-weights-form.ts';

const settings: RankingWeightSettings = {
  kind: 'ECONOMIC',
  isDefault: true,
  version: 0,
  weights: [
    { key: 'SIGNED_INVESTMENT', weight: 30 },
    { key: 'CHAIN_COMPLETENESS', weight: 10 },
  ],
};

describe('the ranking weights form', () => {
  it('starts from the weights in use and sends every indicator, empty as 0', () => {
    const draft = draftFromSettings(settings);
    expect(draft).toEqual({ SIGNED_INVESTMENT: '30', CHAIN_COMPLETENESS: '10' });
    expect(weightsFromDraft(settings, { SIGNED_INVESTMENT: ' 45.5 ', CHAIN_COMPLETENESS: '' })).toEqual({
      weights: [
        { key: 'SIGNED_INVESTMENT', weight: 45.5 },
        { key: 'CHAIN_COMPLETENESS', weight: 0 },
      ],
    });
  });

  it('flags weights outside 0-100, text, and all zero', () => {
    expect(
      weightsFromDraft(settings, { SIGNED_INVESTMENT: '101', CHAIN_COMPLETENESS: 'abc' }).problems,
    ).toEqual({
      SIGNED_INVESTMENT: 'range',
      CHAIN_COMPLETENESS: 'range',
    });
    expect(weightsFromDraft(settings, { SIGNED_INVESTMENT: '-1', CHAIN_COMPLETENESS: '5' }).problems).toEqual(
      {
        SIGNED_INVESTMENT: 'range',
      },
    );
    expect(weightsFromDraft(settings, { SIGNED_INVESTMENT: '0', CHAIN_COMPLETENESS: '' }).problems).toEqual({
      all: 'allZero',
    });
  });

  it('shows what each weight counts for: its share of the total', () => {
    expect(weightShares({ SIGNED_INVESTMENT: '30', CHAIN_COMPLETENESS: '10' })).toEqual({
      SIGNED_INVESTMENT: 75,
      CHAIN_COMPLETENESS: 25,
    });
    expect(weightShares({ SIGNED_INVESTMENT: '0', CHAIN_COMPLETENESS: '' })).toEqual({
      SIGNED_INVESTMENT: null,
      CHAIN_COMPLETENESS: null,
    });
  });
});
