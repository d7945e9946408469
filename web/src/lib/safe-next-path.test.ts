import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('accepts paths on this site, with their query', () => {
    expect(safeNextPath('/chains/3')).toBe('/chains/3');
    expect(safeNextPath('/chain-map?zone=1&chain=2')).toBe('/chain-map?zone=1&chain=2');
  });

  it('refuses other sites, protocol-relative and backslash tricks', () => {
    expect(safeNextPath('https://evil.example')).toBeUndefined();
    expect(safeNextPath('//evil.example')).toBeUndefined();
    expect(safeNextPath('/\\evil.example')).toBeUndefined();
    expect(safeNextPath('javascript:alert(1)')).toBeUndefined();
  });

  it('refuses nothing and the login page itself', () => {
    expect(safeNextPath(null)).toBeUndefined();
    expect(safeNextPath('')).toBeUndefined();
    expect(safeNextPath('/login')).toBeUndefined();
    expect(safeNextPath('/login?next=/zones')).toBeUndefined();
  });
});
