import { describe, expect, it } from 'vitest';
import type { LeadView } from '../../graphql/lead-views.ts';
import type { LeadConnection } from '../../graphql/leads.ts';
import {
  EMPTY_LEAD_QUERY,
  isFiltering,
  isFollowUpOverdue,
  leadHref,
  leadListHref,
  leadsExportHref,
  mergeLeadPages,
  nextSort,
  parseLeadListQuery,
  queryFromView,
  toLeadFilter,
} from './lead-list.ts';
import { leadItem } from './test-factories.ts';

function page(ids: string[], hasNextPage: boolean): LeadConnection {
  return {
    totalCount: 99,
    pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
    edges: ids.map((id) => ({ cursor: id, node: leadItem(id) })),
  };
}

describe('the page state in the URL', () => {
  it('reads known values and drops unknown ones', () => {
    const query = parseLeadListQuery(
      new URLSearchParams(
        'view=table&stage=VISITED&owner=mine&chain=3&segment=x1&source=EXPO&priority=URGENT&stalled=yes&followUp=DUE&search=隔膜&sort=FIRM_NAME.ASC',
      ),
    );
    expect(query).toEqual({
      view: 'table',
      stage: 'VISITED',
      owner: 'mine',
      chain: '3',
      segment: '',
      source: 'EXPO',
      priority: '',
      stalled: 'yes',
      followUp: 'DUE',
      search: '隔膜',
      sort: { field: 'FIRM_NAME', direction: 'ASC' },
    });
    expect(parseLeadListQuery(new URLSearchParams('stage=WON&sort=COLOUR.ASC&owner=<b>'))).toEqual(
      EMPTY_LEAD_QUERY,
    );
  });

  it('takes the remembered view when the URL has none', () => {
    expect(parseLeadListQuery(new URLSearchParams(''), 'table').view).toBe('table');
    expect(parseLeadListQuery(new URLSearchParams('view=board'), 'table').view).toBe('board');
  });

  it('writes only what is set, and reads back the same state', () => {
    expect(leadListHref(EMPTY_LEAD_QUERY)).toBe('/leads?view=board');
    const state = {
      ...EMPTY_LEAD_QUERY,
      view: 'table' as const,
      stage: 'LOST' as const,
      owner: '12',
      search: ' 隔膜 ',
      sort: { field: 'PLANNED_INVESTMENT' as const, direction: 'DESC' as const },
    };
    const href = leadListHref(state);
    expect(href).toBe(
      `/leads?view=table&stage=LOST&owner=12&search=${encodeURIComponent('隔膜')}&sort=PLANNED_INVESTMENT.DESC`,
    );
    expect(parseLeadListQuery(new URL(href, 'http://x').searchParams)).toEqual({ ...state, search: '隔膜' });
  });
});

describe('toLeadFilter', () => {
  it('leaves out empty filters and trims the search', () => {
    expect(toLeadFilter({ ...EMPTY_LEAD_QUERY, search: ' ' })).toEqual({});
    expect(
      isFiltering({ ...EMPTY_LEAD_QUERY, view: 'table', sort: { field: 'STAGE', direction: 'ASC' } }),
    ).toBe(false);
  });

  it('maps each filter to the API filter', () => {
    const query = {
      ...EMPTY_LEAD_QUERY,
      stage: 'SIGNED' as const,
      owner: 'mine',
      chain: '2',
      segment: '9',
      source: 'FUND' as const,
      priority: 'HIGH' as const,
      stalled: 'no' as const,
      followUp: 'OVERDUE' as const,
      search: ' byd ',
    };
    expect(toLeadFilter(query)).toEqual({
      stages: ['SIGNED'],
      mine: true,
      chainId: '2',
      segmentId: '9',
      sources: ['FUND'],
      priorities: ['HIGH'],
      stalled: false,
      followUp: 'OVERDUE',
      search: 'byd',
    });
    expect(toLeadFilter({ ...query, owner: '7' }, false)).not.toHaveProperty('stages');
    expect(toLeadFilter({ ...query, owner: '7' })).toMatchObject({ ownerId: '7' });
  });
});

describe('nextSort', () => {
  it('goes descending, ascending, then back to the default order', () => {
    const desc = nextSort(null, 'FIRM_NAME');
    expect(desc).toEqual({ field: 'FIRM_NAME', direction: 'DESC' });
    const asc = nextSort(desc, 'FIRM_NAME');
    expect(asc).toEqual({ field: 'FIRM_NAME', direction: 'ASC' });
    expect(nextSort(asc, 'FIRM_NAME')).toBeNull();
    expect(nextSort(asc, 'STAGE')).toEqual({ field: 'STAGE', direction: 'DESC' });
  });
});

describe('queryFromView', () => {
  const view = (filterJson: string): LeadView => ({
    id: '1',
    name: '我的高优先级',
    filterJson,
    orderField: 'NEXT_FOLLOW_UP_ON',
    orderDirection: 'ASC',
    version: 1,
  });

  it('turns a saved filter and sort back into the page state', () => {
    const query = queryFromView(
      view('{"mine":true,"priorities":["HIGH"],"followUp":"DUE","search":"隔膜"}'),
      'table',
    );
    expect(query).toEqual({
      ...EMPTY_LEAD_QUERY,
      view: 'table',
      owner: 'mine',
      priority: 'HIGH',
      followUp: 'DUE',
      search: '隔膜',
      sort: { field: 'NEXT_FOLLOW_UP_ON', direction: 'ASC' },
    });
    expect(toLeadFilter(query)).toEqual({
      mine: true,
      priorities: ['HIGH'],
      followUp: 'DUE',
      search: '隔膜',
    });
  });

  it('opens a broken or hostile saved filter as no filter', () => {
    expect(queryFromView(view('not json'), 'board')).toMatchObject({ stage: '', owner: '', search: '' });
    expect(queryFromView(view('{"stages":["<script>"],"ownerId":"1 OR 1=1"}'), 'board')).toMatchObject({
      stage: '',
      owner: '',
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

describe('leadHref', () => {
  it('encodes the id', () => {
    expect(leadHref('42')).toBe('/leads/42');
    expect(leadHref('a/b')).toBe('/leads/a%2Fb');
  });
});

describe('leadsExportHref', () => {
  it("carries the table's filter, lists comma-joined, and English headers for an English page", () => {
    expect(leadsExportHref({}, 'xlsx', 'zh-CN')).toBe('/exports/leads.xlsx');
    const href = leadsExportHref(
      { stages: ['VISITED', 'SIGNED'], mine: true, stalled: false, search: '电池 A&B' },
      'csv',
      'en',
    );
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/exports/leads.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      stages: 'VISITED,SIGNED',
      mine: 'true',
      stalled: 'false',
      search: '电池 A&B',
      locale: 'en',
    });
  });
});
