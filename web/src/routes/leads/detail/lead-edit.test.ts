import { describe, expect, it } from 'vitest';
import {
  conflictRows,
  draftFromLead,
  draftToInput,
  isIsoDate,
  MAX_TITLE_LENGTH,
  othersOnlyChanges,
  reapplyDraft,
} from './lead-edit.ts';

const base = {
  title: '宁德时代隔膜配套',
  source: 'EXPO' as const,
  priority: 'MEDIUM' as const,
  plannedInvestment: 50_000,
  nextFollowUpOn: '2026-12-01',
  expectedSigningOn: null,
  segments: [{ id: '9' }, { id: '3' }],
};

describe('draftToInput', () => {
  it('sends only what changed, with blanks as cleared', () => {
    const draft = {
      ...draftFromLead(base),
      priority: 'HIGH' as const,
      nextFollowUpOn: '',
      plannedInvestment: '60,000',
    };
    expect(draftToInput(draft, base)).toEqual({
      input: { priority: 'HIGH', plannedInvestment: 60_000, nextFollowUpOn: null },
      problems: {},
    });
    expect(draftToInput(draftFromLead(base), base).input).toEqual({});
  });

  it('compares segments as a set', () => {
    expect(draftToInput({ ...draftFromLead(base), segmentIds: ['9', '3'] }, base).input).toEqual({});
    expect(draftToInput({ ...draftFromLead(base), segmentIds: ['3'] }, base).input).toEqual({
      segmentIds: ['3'],
    });
  });

  it('reports bad input per field and sends none of it', () => {
    const draft = {
      ...draftFromLead(base),
      title: 'x'.repeat(MAX_TITLE_LENGTH + 1),
      plannedInvestment: '-5',
      nextFollowUpOn: '2026-02-30',
      expectedSigningOn: '27/11/2026',
    };
    const { input, problems } = draftToInput(draft, base);
    expect(problems).toEqual({
      title: 'tooLong',
      plannedInvestment: 'negative',
      nextFollowUpOn: 'notDate',
      expectedSigningOn: 'notDate',
    });
    expect(input).toEqual({});
    expect(draftToInput({ ...draftFromLead(base), title: '  ' }, base).problems).toEqual({
      title: 'required',
    });
    expect(draftToInput({ ...draftFromLead(base), plannedInvestment: '1e12' }, base).problems).toEqual({
      plannedInvestment: 'tooLarge',
    });
    expect(draftToInput({ ...draftFromLead(base), plannedInvestment: '十万' }, base).problems).toEqual({
      plannedInvestment: 'notNumber',
    });
  });

  it('sends a new owner, never a blank one, and treats a lead without owner as owned by nobody', () => {
    const owned = { ...base, owner: { id: '4' } };
    expect(draftFromLead(owned).ownerId).toBe('4');
    expect(draftFromLead(base).ownerId).toBe('');
    expect(draftToInput({ ...draftFromLead(owned), ownerId: '7' }, owned).input).toEqual({ ownerId: '7' });
    expect(draftToInput(draftFromLead(owned), owned).input).toEqual({});
    expect(draftToInput({ ...draftFromLead(owned), ownerId: '' }, owned).input).toEqual({});
    expect(draftToInput({ ...draftFromLead(base), ownerId: '7' }, base).input).toEqual({ ownerId: '7' });
  });

  it('keeps HTML in a title as the text it is', () => {
    const title = '<img src=x onerror=alert(1)>';
    expect(draftToInput({ ...draftFromLead(base), title }, base).input).toEqual({ title });
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });
});

describe('after a conflict', () => {
  // The user raised the priority and the amount; meanwhile someone else changed the amount and the title.
  const mine = { ...draftFromLead(base), priority: 'HIGH' as const, plannedInvestment: '70000' };
  const current = { ...base, title: '宁德时代隔膜配套（二期）', plannedInvestment: 55_000 };

  it('shows the user’s values next to the current ones, marking what someone else changed too', () => {
    expect(conflictRows(mine, base, current)).toEqual([
      { field: 'priority', mine: 'HIGH', current: 'MEDIUM', changedByOther: false },
      { field: 'plannedInvestment', mine: '70000', current: '55000', changedByOther: true },
    ]);
    expect(othersOnlyChanges(mine, base, current)).toEqual(['title']);
  });

  it('reapplies the user’s edit over the current values, keeping the other person’s other changes', () => {
    const next = reapplyDraft(mine, base, current);
    expect(next.title).toBe('宁德时代隔膜配套（二期）');
    expect(draftToInput(next, current).input).toEqual({ priority: 'HIGH', plannedInvestment: 70_000 });
  });

  it('lists and reapplies a new owner like any other field', () => {
    const owned = { ...base, owner: { id: '4' } };
    const mineOwner = { ...draftFromLead(owned), ownerId: '7' };
    const now = { ...owned, owner: { id: '5' } };
    expect(conflictRows(mineOwner, owned, now)).toEqual([
      { field: 'ownerId', mine: '7', current: '5', changedByOther: true },
    ]);
    expect(draftToInput(reapplyDraft(mineOwner, owned, now), now).input).toEqual({ ownerId: '7' });
  });
});
