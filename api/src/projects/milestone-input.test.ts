import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { requireMilestoneOrder } from './milestone-input';
import type { RagMilestone } from './rag';

const m = (
  kind: RagMilestone['kind'],
  plannedOn: string | null,
  actualOn: string | null = null,
): RagMilestone => ({
  kind,
  plannedOn,
  actualOn,
});

function conflict(milestones: RagMilestone[], changed: RagMilestone['kind']): unknown {
  try {
    requireMilestoneOrder(milestones, changed);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).details;
  }
}

describe('requireMilestoneOrder', () => {
  const plan = [m('SIGNED', '2026-01-10', '2026-01-10'), m('CONSTRUCTION_START', '2026-05-01', '2026-05-03')];

  it.each([
    [m('COMPLETION', '2026-04-30'), { field: 'plannedOn', conflictsWith: 'CONSTRUCTION_START' }],
    [m('COMPLETION', '2026-05-01'), null], // same day is allowed
    [m('COMPLETION', '2027-05-01', '2026-05-02'), { field: 'actualOn', conflictsWith: 'CONSTRUCTION_START' }],
    [m('PRODUCTION', '2025-12-31'), { field: 'plannedOn', conflictsWith: 'SIGNED' }],
    [m('LAND', '2025-01-01'), null], // land and permits are not in the sequence
  ])('checks %j against the others', (changed, expected) => {
    const details = conflict([...plan, changed], changed.kind);
    expect(details === null ? null : details).toEqual(
      expected === null ? null : expect.objectContaining({ ...expected, milestone: changed.kind }),
    );
  });

  it('checks a moved construction start against completion after it', () => {
    const milestones = [m('CONSTRUCTION_START', '2027-08-01'), m('COMPLETION', '2027-06-01')];
    expect(conflict(milestones, 'CONSTRUCTION_START')).toMatchObject({ conflictsWith: 'COMPLETION' });
  });
});
