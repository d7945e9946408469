import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { translate } from './translate.ts';
import { type MessageKey, zhCN } from './zh-CN.ts';

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate(en, 'zones.count', { shown: 3, total: 23 })).toBe('Showing 3 of 23 zones');
    expect(translate(zhCN, 'zones.count', { shown: 3, total: 23 })).toBe('显示 3 / 23 个开发区');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate(en, 'zones.count', { shown: 3 })).toBe('Showing 3 of {total} zones');
  });

  it('returns a message without placeholders as written', () => {
    expect(translate(zhCN, 'nav.chainMap')).toBe('产业链图谱');
  });
});

describe('the catalogues', () => {
  const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders for each message, and leave none empty', () => {
    for (const key of Object.keys(zhCN) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
      expect(en[key].trim(), key).not.toBe('');
      expect(zhCN[key].trim(), key).not.toBe('');
    }
  });
});
