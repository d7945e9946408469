import { describe, expect, it } from 'vitest';
import * as graph from './index.ts';

describe('@lianzhao/graph public API', () => {
  it('exports the analysis functions, the default weights and the error classes', () => {
    expect(Object.keys(graph).sort()).toEqual([
      'ChainCycleError',
      'DEFAULT_CANDIDATE_WEIGHTS',
      'DEFAULT_MAX_CANDIDATES',
      'DEFAULT_SIZE_REVENUE_CAP',
      'DEFAULT_WEAK_BELOW',
      'InvalidChainError',
      'JINGJINJI_PROVINCES',
      'UnknownFirmError',
      'analyzeChainGaps',
      'candidateSegmentIds',
      'localSupplyRate',
      'whatIfCompleteness',
      'whatIfCompletenessForFirms',
    ]);
  });

  it('keeps the default weights frozen so no caller can change them for everyone', () => {
    expect(Object.isFrozen(graph.DEFAULT_CANDIDATE_WEIGHTS)).toBe(true);
  });
});
