import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { activityTime, leadAmount, leadDate, leadTitle, optionalText } from './lead-input';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).details?.field;
  }
  return 'accepted';
};

describe('lead input', () => {
  it('keeps titles of 1..200 characters, trimmed, HTML as text', () => {
    expect(leadTitle('  <script>alert(1)</script>  ')).toBe('<script>alert(1)</script>');
    expect(fieldOf(() => leadTitle('   '))).toBe('title');
    expect(fieldOf(() => leadTitle('x'.repeat(10_000)))).toBe('title');
    expect(leadTitle('x'.repeat(200))).toHaveLength(200);
  });

  it('takes amounts from 0 to below 1e8 万元', () => {
    expect(leadAmount(0)).toBe(0);
    expect(leadAmount(null)).toBeNull();
    expect(leadAmount(99_999_999.99)).toBe(99_999_999.99);
    for (const bad of [-1, 1e8, 1e20, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fieldOf(() => leadAmount(bad))).toBe('plannedInvestment');
    }
  });

  it('takes real calendar days between 2000 and 2100', () => {
    expect(leadDate('2026-12-01', 'nextFollowUpOn')).toBe('2026-12-01');
    expect(leadDate('2028-02-29', 'nextFollowUpOn')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-13-01', '26-1-1', '1026-01-01', '2926-01-01', 'tomorrow']) {
      expect(
        fieldOf(() => leadDate(bad, 'nextFollowUpOn')),
        bad,
      ).toBe('nextFollowUpOn');
    }
  });

  it('refuses activities far in the future or before 2000', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    expect(activityTime(new Date('2026-11-27T05:00:00Z'), now)).toBeInstanceOf(Date);
    expect(fieldOf(() => activityTime(new Date('2026-12-05T00:00:00Z'), now))).toBe('occurredAt');
    expect(fieldOf(() => activityTime(new Date('1999-12-31T00:00:00Z'), now))).toBe('occurredAt');
  });

  it('turns blank optional text into null and refuses overlong text', () => {
    expect(optionalText('  ', 'note', 10)).toBeNull();
    expect(fieldOf(() => optionalText('x'.repeat(11), 'note', 10))).toBe('note');
  });
});
