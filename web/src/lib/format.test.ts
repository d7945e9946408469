import { describe, expect, it } from 'vitest';
import {
  amountUnitFor,
  formatAmount,
  formatAmountPerMu,
  formatNumber,
  formatPercent,
  formatWanAmount,
  inAmountUnit,
  shanghaiDate,
} from './format.ts';

describe('formatPercent', () => {
  it('shows a share with at most one decimal', () => {
    expect(formatPercent(0.8943661971830986, 'zh-CN')).toBe('89.4%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(1, 'en')).toBe('100%');
  });
});

describe('formatNumber', () => {
  it('groups thousands and rounds to the decimals asked for', () => {
    expect(formatNumber(7555, 'zh-CN')).toBe('7,555');
    expect(formatNumber(129.234, 'en', 1)).toBe('129.2');
  });
});

describe('formatWanAmount', () => {
  it('keeps 万元 in Chinese and converts to millions in English', () => {
    expect(formatWanAmount(82836, 'zh-CN')).toEqual({ amount: '82,836', unit: 'wan' });
    expect(formatWanAmount(82836, 'en')).toEqual({ amount: '828.36', unit: 'million' });
  });
});

describe('shanghaiDate', () => {
  it('gives the calendar day in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
    expect(shanghaiDate(new Date('2026-11-26T15:30:00Z'))).toBe('2026-11-26');
  });
});

describe('formatAmount', () => {
  it('writes 亿元 from one 亿 up and 万元 below in Chinese', () => {
    expect(formatAmount(385_000, 'zh-CN')).toBe('38.5 亿元');
    expect(formatAmount(10_000, 'zh-CN')).toBe('1 亿元');
    expect(formatAmount(7_555.5, 'zh-CN')).toBe('7,555.5 万元');
    expect(formatAmount(0, 'zh-CN')).toBe('0 万元');
  });

  it('writes CNY millions in English (100 万元 = 1 million)', () => {
    expect(formatAmount(7_555, 'en')).toBe('CNY 75.55 million');
    expect(formatAmount(385_000, 'en')).toBe('CNY 3,850 million');
  });

  it('lets a chart pick one unit from its largest value', () => {
    expect(amountUnitFor(9_999, 'zh-CN')).toBe('wan');
    expect(amountUnitFor(12_000, 'zh-CN')).toBe('yi');
    expect(amountUnitFor(12_000, 'en')).toBe('million');
    expect(inAmountUnit(12_000, 'yi')).toBe(1.2);
    expect(inAmountUnit(12_000, 'million')).toBe(120);
  });

  it('writes investment per mu in each language', () => {
    expect(formatAmountPerMu(533.33, 'zh-CN')).toBe('533.3 万元/亩');
    expect(formatAmountPerMu(533.33, 'en')).toBe('CNY 5.33 million/mu');
  });
});
