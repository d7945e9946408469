import { describe, expect, it } from 'vitest';
import type { LeadConnection, LeadListItem } from '../../graphql/leads.ts';
import {
  isFollowUpOverdue,
  leadListHref,
  mergeLeadPages,
  parseLeadListQuery,
  toLeadFilter,
} from './lead-list.ts';

function lead(id: string): LeadListItem {
  return {
    id,
    title: `线索${id}`,
    stage: 'LEAD',
    source: 'OTHER',
    priority: 'MEDIUM',
    plannedInvestment: null,
    nextFollowUpOn: null,
    createdAt: '2026-11-27T02:00:00Z',
    firm: { id: '1', name: '示例企业' },
    owner: null,
    zone: { id: '1', name: '示例开发区' },
    segments: [],
  };
}

function page(ids: string[], hasNextPage: boolean): LeadConnection {
  return {
    totalCount: 99,
    pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
    edges: ids.map((id) => ({ cursor: id, node: lead(id) })),
  };
}

describe('the list query in the URL', () => {
  it('reads a known stage and the search, ignoring an unknown stage', () => {
    expect(parseLeadListQuery(new URLSearchParams('stage=VISITED&search=隔膜'))).toEqual({
      stage: 'VISITED',
      search: '隔膜',
    });
    expect(parseLeadListQuery(new URLSearchParams('stage=WON')).stage).toBe('');
  });

  it('writes only the filters in use', () => {
    expect(leadListHref({ stage: '', search: '  ' })).toBe('/leads');
    expect(leadListHref({ stage: 'LOST', search: ' 隔膜 ' })).toBe(
      `/leads?stage=LOST&search=${encodeURIComponent('隔膜')}`,
    );
  });
});

describe('toLeadFilter', () => {
  it('leaves out empty filters and trims the search', () => {
    expect(toLeadFilter({ stage: '', search: ' ' })).toEqual({});
    expect(toLeadFilter({ stage: 'SIGNED', search: ' 隔膜 ' })).toEqual({
      stages: ['SIGNED'],
      search: '隔膜',
    });
  });
});

describe('mergeLeadPages', () => {
  it('keeps the order of the pages and shows each lead once', () => {
    const rows = mergeLeadPages([page(['5', '4', '3'], true), page(['3', '2'], false)]);
    expect(rows.map((r) => r.id)).toEqual(['5', '4', '3', '2']);
  });
});

describe('isFollowUpOverdue', () => {
  it('is overdue once the date has passed, for open leads only', () => {
    expect(isFollowUpOverdue({ stage: 'CONTACTED', nextFollowUpOn: '2026-11-26' }, '2026-11-27')).toBe(true);
    expect(isFollowUpOverdue({ stage: 'CONTACTED', nextFollowUpOn: '2026-11-27' }, '2026-11-27')).toBe(false);
    expect(isFollowUpOverdue({ stage: 'SIGNED', nextFollowUpOn: '2026-01-01' }, '2026-11-27')).toBe(false);
    expect(isFollowUpOverdue({ stage: 'LEAD', nextFollowUpOn: null }, '2026-11-27')).toBe(false);
  });
});
