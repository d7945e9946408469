import { describe, expect, it } from 'vitest';
import { actualDateProblem, daysBetween, isoWeekOf, milestoneState } from './milestones.ts';

describe('milestoneState', () => {
  const today = '2026-11-27';

  it('marks a milestone not done after its planned date as late, with the days', () => {
    expect(milestoneState({ plannedOn: '2026-11-17', actualOn: null }, today)).toEqual({
      state: 'late',
      daysLate: 10,
    });
  });

  it('is not late on its planned day itself', () => {
    expect(milestoneState({ plannedOn: today, actualOn: null }, today)).toEqual({
      state: 'pending',
      daysLate: 0,
    });
  });

  it('tells a milestone done late from one done on time', () => {
    expect(milestoneState({ plannedOn: '2026-05-01', actualOn: '2026-05-04' }, today)).toEqual({
      state: 'doneLate',
      daysLate: 3,
    });
    expect(milestoneState({ plannedOn: '2026-05-01', actualOn: '2026-04-28' }, today)).toEqual({
      state: 'done',
      daysLate: 0,
    });
    expect(milestoneState({ plannedOn: null, actualOn: '2026-04-28' }, today).state).toBe('done');
  });

  it('leaves a milestone without a plan unjudged', () => {
    expect(milestoneState({ plannedOn: null, actualOn: null }, today).state).toBe('unplanned');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across month ends and leap days', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-01-31')).toBe(-29);
  });
});

describe('actualDateProblem', () => {
  it('refuses dates after today and dates that do not exist', () => {
    expect(actualDateProblem('2026-11-28', '2026-11-27')).toBe('future');
    expect(actualDateProblem('2026-11-27', '2026-11-27')).toBeUndefined();
    expect(actualDateProblem('2026-02-30', '2026-11-27')).toBe('invalid');
    expect(actualDateProblem('27/11/2026', '2026-11-27')).toBe('invalid');
  });
});

describe('isoWeekOf', () => {
  it('numbers weeks the ISO way, around the turn of the year', () => {
    expect(isoWeekOf('2026-11-27')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });
});
