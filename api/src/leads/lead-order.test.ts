import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { DEFAULT_LEAD_ORDER, decodeLeadCursor, encodeLeadCursor, type LeadOrder } from './lead-order';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('lead cursors', () => {
  it('round-trip the sort value and id of their order', () => {
    const order: LeadOrder = { field: 'FIRM_NAME', direction: 'ASC' };
    const cursor = encodeLeadCursor(order, "示例'); DROP TABLE lead; --", 42);
    expect(decodeLeadCursor(cursor, order)).toEqual({ value: "示例'); DROP TABLE lead; --", id: 42 });
    const at = '2026-11-27 13:21:45.123456+00';
    expect(decodeLeadCursor(encodeLeadCursor(DEFAULT_LEAD_ORDER, at, 7), DEFAULT_LEAD_ORDER)).toEqual({
      value: at,
      id: 7,
    });
    expect(decodeLeadCursor(null, order)).toBeNull();
  });

  it('refuse cursors of another order, forged ones and values that would not cast', () => {
    const byFirm = encodeLeadCursor({ field: 'FIRM_NAME', direction: 'ASC' }, 'a', 1);
    expect(codeOf(() => decodeLeadCursor(byFirm, DEFAULT_LEAD_ORDER))).toBe('VALIDATION');
    expect(codeOf(() => decodeLeadCursor('bm9wZQ', DEFAULT_LEAD_ORDER))).toBe('VALIDATION');
    const badTime = encodeLeadCursor(DEFAULT_LEAD_ORDER, 'yesterday', 1);
    expect(codeOf(() => decodeLeadCursor(badTime, DEFAULT_LEAD_ORDER))).toBe('VALIDATION');
    const badId = Buffer.from(JSON.stringify(['UPDATED_AT', 'DESC', '2026-01-01 00:00:00+00', -1])).toString(
      'base64url',
    );
    expect(codeOf(() => decodeLeadCursor(badId, DEFAULT_LEAD_ORDER))).toBe('VALIDATION');
    expect(new AppError('VALIDATION', 'x')).toBeInstanceOf(AppError);
  });
});
