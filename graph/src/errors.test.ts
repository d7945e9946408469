import { describe, expect, it } from 'vitest';
import { ChainCycleError, InvalidChainError, UnknownFirmError } from './errors.ts';

describe('errors', () => {
  it('makes a cycle error an invalid-chain error with a code a caller can map', () => {
    const error = new ChainCycleError(7, 'feeds', [2, 3]);
    expect(error).toBeInstanceOf(InvalidChainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChainCycleError');
    expect(error.code).toBe('FEEDS_CYCLE');
    expect(error.message).toBe('Chain 7: the feeds links between segments contain a cycle (segments 2, 3)');
  });

  it('names the unknown firm', () => {
    const error = new UnknownFirmError(42);
    expect(error.name).toBe('UnknownFirmError');
    expect(error.firmId).toBe(42);
  });
});
