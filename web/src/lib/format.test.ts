import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatWanAmount, shanghaiDate } from './format.ts';

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
