import { describe, expect, it } from 'vitest';
import { auditChangesOf } from './audit-changes';

describe('auditChangesOf', () => {
  it('lists changed project fields in camelCase, leaving bookkeeping out', () => {
    expect(
      auditChangesOf(
        { name: '甲', investment_to_date: 100, version: 1, updated_at: 'x', segmentIds: [1] },
        { name: '乙', investment_to_date: 100, version: 2, updated_at: 'y', segmentIds: [1, 2] },
      ),
    ).toEqual({
      subject: 'project',
      changes: [
        { field: 'name', before: '甲', after: '乙' },
        { field: 'segmentIds', before: '[1]', after: '[1,2]' },
      ],
    });
  });

  it('names the milestone or the report week that changed', () => {
    expect(
      auditChangesOf(
        { milestone: { kind: 'CONSTRUCTION_START' } },
        { milestone: { kind: 'CONSTRUCTION_START', actual_on: '2026-07-25', planned_on: null } },
      ),
    ).toEqual({
      subject: 'milestone:CONSTRUCTION_START',
      changes: [{ field: 'actualOn', before: null, after: '2026-07-25' }],
    });
    expect(
      auditChangesOf(
        { progressReport: null },
        { progressReport: { iso_week: '2026-W48', problems: '=1+1' } },
      ),
    ).toEqual({
      subject: 'progressReport:2026-W48',
      changes: [
        { field: 'isoWeek', before: null, after: '2026-W48' },
        { field: 'problems', before: null, after: '=1+1' },
      ],
    });
  });
});
