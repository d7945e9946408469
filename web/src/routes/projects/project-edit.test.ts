import { describe, expect, it } from 'vitest';
import { conflictRows, draftFromProject, draftToInput, reapplyDraft } from './project-edit.ts';

function values(overrides: Partial<Parameters<typeof draftFromProject>[0]> = {}) {
  return {
    name: '示例项目',
    totalInvestment: 50000,
    fixedAssetInvestment: 40000,
    investmentToDate: 10000,
    landMu: 120,
    expectedAnnualOutput: 80000,
    expectedAnnualTax: 3000,
    accountableLeaderName: '张书记',
    accountableLeaderTitle: '区委书记',
    responsibleUnit: '规划建设局',
    contactName: null,
    contactPhone: null,
    ...overrides,
  };
}

describe('draftToInput', () => {
  it('sends only the fields the user changed, numbers as numbers and blanks as null', () => {
    const base = values();
    const draft = { ...draftFromProject(base), landMu: '150', accountableLeaderTitle: '' };
    expect(draftToInput(draft, base)).toEqual({
      input: { landMu: 150, accountableLeaderTitle: null },
      problems: {},
    });
    expect(draftToInput(draftFromProject(base), base).input).toEqual({});
  });

  it('refuses blanks where a value is required, text in number fields, and more to date than the total', () => {
    const base = values();
    const draft = { ...draftFromProject(base), name: ' ', landMu: 'abc', investmentToDate: '60000' };
    expect(draftToInput(draft, base).problems).toEqual({
      name: 'required',
      landMu: 'notNumber',
      investmentToDate: 'aboveTotal',
    });
  });

  it('accepts grouped numbers as typed', () => {
    const base = values();
    expect(draftToInput({ ...draftFromProject(base), totalInvestment: '60,000' }, base).input).toEqual({
      totalInvestment: 60000,
    });
  });
});

describe('after a conflict', () => {
  it('shows the user’s changes beside the current values, marking fields someone else changed too', () => {
    const base = values();
    const current = values({ landMu: 130, responsibleUnit: '经济发展局' });
    const draft = { ...draftFromProject(base), landMu: '150', contactName: '李工' };
    expect(conflictRows(draft, base, current)).toEqual([
      { field: 'landMu', mine: '150', current: '130', changedByOther: true },
      { field: 'contactName', mine: '李工', current: '', changedByOther: false },
    ]);
  });

  it('reapplies the user’s changes over the current values, keeping the others’ changes', () => {
    const base = values();
    const current = values({ responsibleUnit: '经济发展局' });
    const draft = { ...draftFromProject(base), landMu: '150' };
    const next = reapplyDraft(draft, base, current);
    expect(next.landMu).toBe('150');
    expect(next.responsibleUnit).toBe('经济发展局');
    expect(draftToInput(next, current).input).toEqual({ landMu: 150 });
  });
});
