import type { LeadListItem } from '../../graphql/leads.ts';

/** A lead as the list query returns it, with plain defaults; tests override what they look at. */
export function leadItem(id: string, overrides: Partial<LeadListItem> = {}): LeadListItem {
  return {
    id,
    title: `线索${id}`,
    stage: 'LEAD',
    source: 'OTHER',
    priority: 'MEDIUM',
    plannedInvestment: null,
    nextFollowUpOn: null,
    createdAt: '2026-11-27T02:00:00Z',
    updatedAt: '2026-11-27T02:00:00Z',
    lastActivityAt: null,
    stalled: false,
    followUpStatus: 'NONE',
    version: 1,
    firm: { id: '1', name: '示例企业' },
    owner: null,
    zone: { id: '1', name: '示例开发区' },
    segments: [],
    ...overrides,
  };
}
