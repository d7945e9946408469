import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_WEIGHTS } from './candidate-weights.ts';
import { resolveGapOptions } from './gap-options.ts';
import { chain } from './test-factories.ts';

describe('resolveGapOptions', () => {
  it('takes weakBelow from the option, then the chain, then 2', () => {
    expect(resolveGapOptions(chain({ weakBelow: 4 }), { weakBelow: 3 }).weakBelow).toBe(3);
    expect(resolveGapOptions(chain({ weakBelow: 4 }), {}).weakBelow).toBe(4);
    expect(resolveGapOptions(chain({ weakBelow: undefined }), {}).weakBelow).toBe(2);
  });

  it('keeps 50 candidates by default and reads a bad limit as whole candidates, at least none', () => {
    expect(resolveGapOptions(chain(), {}).maxCandidates).toBe(50);
    expect(resolveGapOptions(chain(), { maxCandidates: 2.7 }).maxCandidates).toBe(2);
    expect(resolveGapOptions(chain(), { maxCandidates: -1 }).maxCandidates).toBe(0);
  });

  it('merges weight overrides over the defaults without changing the defaults', () => {
    const { weights } = resolveGapOptions(chain(), { weights: { SIZE: 0 } });
    expect(weights).toEqual({ ...DEFAULT_CANDIDATE_WEIGHTS, SIZE: 0 });
    expect(DEFAULT_CANDIDATE_WEIGHTS.SIZE).toBe(5);
  });
});
