import { describe, expect, it } from 'vitest';
import { zhCN, zhCNParts } from './zh-CN.ts';

describe('the catalogue parts', () => {
  it('define each key in exactly one part (a duplicate would silently override another)', () => {
    const keys = zhCNParts.flatMap((part) => Object.keys(part));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.keys(zhCN).length);
  });
});
