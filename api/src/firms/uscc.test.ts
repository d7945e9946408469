import { describe, expect, it } from 'vitest';
import { completeUscc, isValidUscc, normalizeUscc, USCC_ALPHABET, usccCheckCharacter } from './uscc';

const EXAMPLE = '91350100M000100Y43';

describe('USCC (GB 32100-2015)', () => {
  it('accepts the example code from DESIGN.md §8', () => {
    expect(isValidUscc(EXAMPLE)).toBe(true);
    expect(usccCheckCharacter(EXAMPLE.slice(0, 17))).toBe('3');
  });

  it('rejects a code with any single character changed', () => {
    for (let i = 0; i < EXAMPLE.length; i++) {
      const original = EXAMPLE.charAt(i);
      const replacement = original === '1' ? '2' : '1';
      const changed = EXAMPLE.slice(0, i) + replacement + EXAMPLE.slice(i + 1);
      expect(isValidUscc(changed), changed).toBe(false);
    }
  });

  it('normalises full-width, lower-case and padded input before validating', () => {
    const fullWidth = '９１３５０１００Ｍ０００１００Ｙ４３';
    expect(normalizeUscc(fullWidth)).toBe(EXAMPLE);
    expect(normalizeUscc(`\u3000 ${EXAMPLE.toLowerCase()}\t`)).toBe(EXAMPLE);
    expect(isValidUscc(fullWidth)).toBe(true);
    expect(isValidUscc(' 91350100m000100y43 ')).toBe(true);
  });

  it('rejects wrong lengths', () => {
    expect(isValidUscc('')).toBe(false);
    expect(isValidUscc(EXAMPLE.slice(0, 17))).toBe(false);
    expect(isValidUscc(`${EXAMPLE}3`)).toBe(false);
  });

  it('rejects characters outside the alphabet (I, O, S, V, Z, punctuation)', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      expect(USCC_ALPHABET).not.toContain(letter);
      // Whatever check character follows, a body with a letter outside the alphabet is invalid.
      const body = `91350100${letter}000100Y4`;
      for (const check of USCC_ALPHABET) expect(isValidUscc(body + check)).toBe(false);
      expect(() => usccCheckCharacter(body)).toThrow(RangeError);
    }
    expect(isValidUscc('91350100-000100Y43')).toBe(false);
  });

  it('completes 17 characters into a valid code', () => {
    const code = completeUscc('91130171DEM000001');
    expect(code).toHaveLength(18);
    expect(isValidUscc(code)).toBe(true);
    expect(completeUscc(EXAMPLE.slice(0, 17))).toBe(EXAMPLE);
    expect(() => completeUscc('short')).toThrow(RangeError);
  });
});
