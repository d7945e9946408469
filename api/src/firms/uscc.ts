/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015), DESIGN.md §8: 18 characters from a
 * 31-character alphabet (the digits and the capitals without I, O, S, V, Z, which are easily misread),
 * the last one a check character over the first 17.
 */

/** The code alphabet; a character's index is its value in the checksum. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const BODY = /^[0-9A-HJ-NP-RTUW-Y]{17}$/;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * Normalises user input the way people actually type or paste codes: full-width characters (from a
 * Chinese input method) become half-width, surrounding blanks go, letters are upper-cased.
 * It does not validate.
 *
 * @example normalizeUscc(' ９１３５０１００ｍ０００１００Ｙ４３ ') // '91350100M000100Y43'
 */
export function normalizeUscc(input: string): string {
  let halfWidth = '';
  for (const char of input) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      halfWidth += String.fromCodePoint(code - FULL_TO_HALF);
    } else {
      halfWidth += char === IDEOGRAPHIC_SPACE ? ' ' : char;
    }
  }
  return halfWidth.trim().toUpperCase();
}

/**
 * The check character for the first 17 characters of a code: `(31 - Σ(value × weight) mod 31) mod 31`,
 * mapped back through the alphabet.
 *
 * @throws RangeError when `first17` is not 17 characters of the alphabet (it is not normalised first).
 * @example usccCheckCharacter('91350100M000100Y4') // '3'
 */
export function usccCheckCharacter(first17: string): string {
  if (!BODY.test(first17)) throw new RangeError(`not the first 17 characters of a USCC: ${first17}`);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * True when the code, once normalised, is 18 characters of the alphabet whose last is the check
 * character of the first 17. Only the checksum is verified, not that the code was ever issued.
 *
 * @example isValidUscc('91350100M000100Y43') // true
 */
export function isValidUscc(code: string): boolean {
  const normalized = normalizeUscc(code);
  if (normalized.length !== 18) return false;
  const body = normalized.slice(0, 17);
  if (!BODY.test(body)) return false;
  return usccCheckCharacter(body) === normalized.charAt(17);
}

/**
 * Appends the check character to 17 characters, giving a checksum-valid code: how demo data and
 * tests make codes that validate without being real ones.
 *
 * @throws RangeError when `first17` is not 17 characters of the alphabet.
 * @example completeUscc('91350100M000100Y4') // '91350100M000100Y43'
 */
export function completeUscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}
