import { describe, expect, it } from 'vitest';
import { canCreateLeads, leadDraft, validLeadTitle } from './lead-draft.ts';
import { makeCandidate } from './test-factories.ts';

describe('leadDraft', () => {
  it('titles the lead after the firm and the segment', () => {
    const candidate = makeCandidate({
      firm: { id: '7', name: '广州示例达盛隔膜股份有限公司', province: null, city: null, tags: [] },
    });
    expect(leadDraft(candidate, '隔膜', 'MISSING').title).toBe('广州示例达盛隔膜股份有限公司 · 隔膜');
  });

  it('counts a firm that already supplies the zone as an anchor referral', () => {
    const anchor = makeCandidate({
      reasons: [
        { code: 'SUPPLIES_LOCAL_ANCHOR', points: 120, params: [{ name: 'anchorCount', value: '1' }] },
      ],
    });
    const local = makeCandidate({
      reasons: [{ code: 'SUPPLIES_LOCAL_FIRM', points: 80, params: [{ name: 'firmCount', value: '2' }] }],
    });
    expect(leadDraft(anchor, 'x', 'WEAK').source).toBe('ANCHOR_REFERRAL');
    expect(leadDraft(local, 'x', 'WEAK').source).toBe('ANCHOR_REFERRAL');
  });

  it('counts supplying anchors elsewhere as another source', () => {
    expect(leadDraft(makeCandidate(), 'x', 'WEAK').source).toBe('OTHER');
  });

  it('gives filling a missing segment high priority, strengthening a weak one medium', () => {
    expect(leadDraft(makeCandidate(), 'x', 'MISSING').priority).toBe('HIGH');
    expect(leadDraft(makeCandidate(), 'x', 'WEAK').priority).toBe('MEDIUM');
  });
});

describe('validLeadTitle', () => {
  it('trims, and refuses blank or overlong titles', () => {
    expect(validLeadTitle('  示例项目 ')).toBe('示例项目');
    expect(validLeadTitle('   ')).toBeUndefined();
    expect(validLeadTitle('长'.repeat(201))).toBeUndefined();
    expect(validLeadTitle('长'.repeat(200))).toHaveLength(200);
  });
});

describe('canCreateLeads', () => {
  it('lets officers, managers and admins open leads, not analysts or leaders', () => {
    expect(canCreateLeads('OFFICER')).toBe(true);
    expect(canCreateLeads('ZONE_MANAGER')).toBe(true);
    expect(canCreateLeads('ADMIN')).toBe(true);
    expect(canCreateLeads('ANALYST')).toBe(false);
    expect(canCreateLeads('LEADER')).toBe(false);
  });
});
