import { describe, expect, it } from 'vitest';
import { changedFields } from './lead-audit';

describe('changedFields', () => {
  it('keeps only what changed, ignoring bookkeeping', () => {
    expect(
      changedFields(
        { title: 'a', stage: 'LEAD', version: 1, updated_at: new Date(0), segmentIds: [1, 2] },
        { title: 'b', stage: 'LEAD', version: 2, updated_at: new Date(1), segmentIds: [2] },
      ),
    ).toEqual({ before: { title: 'a', segmentIds: [1, 2] }, after: { title: 'b', segmentIds: [2] } });
  });

  it('answers null when nothing changed and treats dates by value', () => {
    expect(changedFields({ deleted_at: new Date(5) }, { deleted_at: new Date(5) })).toBeNull();
    expect(changedFields({ owner_id: 1 }, { owner_id: null })).toEqual({
      before: { owner_id: 1 },
      after: { owner_id: null },
    });
  });
});
