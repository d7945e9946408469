import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, parseInteger, parseList, parseShare } from './parse-values';

const value = <T>(result: { ok: boolean; value?: T }) => (result.ok ? result.value : undefined);

describe('cell values as ledgers write them', () => {
  it('reads amounts in 万元 with separators and 万/亿/元 units', () => {
    expect(value(parseAmount('1,200.5'))).toBe(1200.5);
    expect(value(parseAmount('1，200'))).toBe(1200);
    expect(value(parseAmount('800万'))).toBe(800);
    expect(value(parseAmount('800万元'))).toBe(800);
    expect(value(parseAmount('3.5亿'))).toBe(35000);
    expect(value(parseAmount('2亿元'))).toBe(20000);
    expect(value(parseAmount('50000元'))).toBe(5);
    expect(value(parseAmount('￥1,000'))).toBe(1000);
  });

  it('says why an amount is not one', () => {
    expect(parseAmount('一百')).toEqual({ ok: false, reason: expect.stringContaining('not an amount') });
    expect(parseAmount('-5')).toEqual({ ok: false, reason: expect.stringContaining('negative') });
    expect(parseAmount('1.2.3')).toMatchObject({ ok: false });
  });

  it('reads dates as Excel serials, 2026/3/1, 2026-03-01 and 2026年3月1日', () => {
    expect(value(parseDate('46082'))).toBe('2026-03-01');
    expect(value(parseDate('2026/3/1'))).toBe('2026-03-01');
    expect(value(parseDate('2026-03-01'))).toBe('2026-03-01');
    expect(value(parseDate('2026.3.1'))).toBe('2026-03-01');
    expect(value(parseDate('2026年3月1日'))).toBe('2026-03-01');
    expect(value(parseDate('2026-03-01 00:00:00'))).toBe('2026-03-01');
  });

  it('refuses impossible dates and numbers that are no date serials', () => {
    expect(parseDate('2026-02-30')).toEqual({
      ok: false,
      reason: expect.stringContaining('not a real date'),
    });
    expect(parseDate('12345')).toMatchObject({ ok: false });
    expect(parseDate('明年')).toMatchObject({ ok: false });
  });

  it('reads head counts, shares and lists', () => {
    expect(value(parseInteger('1,500'))).toBe(1500);
    expect(value(parseInteger('320人'))).toBe(320);
    expect(parseInteger('3.5')).toMatchObject({ ok: false });
    expect(value(parseShare('90%'))).toBe(0.9);
    expect(value(parseShare('0.8'))).toBe(0.8);
    expect(parseShare('120%')).toMatchObject({ ok: false });
    expect(parseList('电池、正极材料；电池\n整车')).toEqual(['电池', '正极材料', '整车']);
  });
});
