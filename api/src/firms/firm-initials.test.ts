import { describe, expect, it } from 'vitest';
import { firmNameInitials } from './firm-initials';

describe('firmNameInitials', () => {
  it('takes the first letter of each character’s pinyin', () => {
    expect(firmNameInitials('比亚迪股份有限公司')).toBe('bydgfyxgs');
  });

  it('reads polyphonic characters from their word', () => {
    expect(firmNameInitials('长城汽车')).toBe('ccqc');
    expect(firmNameInitials('重庆长安')).toBe('cqca');
  });

  it('keeps Latin letters and digits, lower-cased, and drops punctuation and spaces', () => {
    expect(firmNameInitials('示例BYD科技(河北)有限公司')).toBe('slbydkjhbyxgs');
    expect(firmNameInitials('ACME 3D Printing Ltd.')).toBe('acme3dprintingltd');
  });

  it('gives an empty string for a name with nothing to search by', () => {
    expect(firmNameInitials('（）')).toBe('');
  });
});
