import { describe, expect, it } from 'vitest';
import type { ProjectConnection, ProjectListItem } from '../../graphql/projects.ts';
import {
  EMPTY_PROJECT_QUERY,
  filterChoices,
  mergeProjectPages,
  parseProjectListQuery,
  projectListHref,
  toggleRagStatus,
  toProjectFilter,
  weeklySheetHref,
} from './project-list.ts';

describe('the ledger’s filters in the URL', () => {
  it('round-trips every filter through the URL', () => {
    const query = {
      zoneId: '1',
      ragStatuses: ['RED', 'YELLOW'] as const,
      leaderId: '4',
      responsibleUnit: '石家庄高新区规划建设局',
      chainId: '2',
      milestoneLate: 'yes' as const,
      search: '芯片',
    };
    const href = projectListHref({ ...query, ragStatuses: [...query.ragStatuses] });
    expect(href.startsWith('/projects?zone=1&rag=RED%2CYELLOW&leader=4')).toBe(true);
    const parsed = parseProjectListQuery(new URL(href, 'http://x').searchParams);
    expect(parsed).toEqual({ ...query, ragStatuses: ['RED', 'YELLOW'] });
  });

  it('leaves empty filters out, and drops unknown values', () => {
    expect(projectListHref(EMPTY_PROJECT_QUERY)).toBe('/projects');
    expect(projectListHref({ ...EMPTY_PROJECT_QUERY, search: '  ' })).toBe('/projects');
    const parsed = parseProjectListQuery(new URLSearchParams('rag=GREEN,PURPLE,RED&late=maybe'));
    expect(parsed.ragStatuses).toEqual(['RED', 'GREEN']);
    expect(parsed.milestoneLate).toBe('');
  });

  it('makes the API filter, with milestone lateness as a boolean', () => {
    expect(toProjectFilter(EMPTY_PROJECT_QUERY)).toEqual({});
    expect(
      toProjectFilter({
        ...EMPTY_PROJECT_QUERY,
        milestoneLate: 'no',
        ragStatuses: ['RED'],
        search: ' 电池 ',
      }),
    ).toEqual({ milestoneLate: false, ragStatuses: ['RED'], search: '电池' });
    expect(toProjectFilter({ ...EMPTY_PROJECT_QUERY, leaderId: '4', responsibleUnit: '经发局' })).toEqual({
      accountableLeaderId: '4',
      responsibleUnit: '经发局',
    });
  });

  it('toggles a status in and out, in canonical order', () => {
    expect(toggleRagStatus(['GREEN'], 'RED')).toEqual(['RED', 'GREEN']);
    expect(toggleRagStatus(['RED', 'GREEN'], 'RED')).toEqual(['GREEN']);
  });
});

describe('mergeProjectPages', () => {
  it('keeps each project once across pages', () => {
    const node = (id: string) => ({ id }) as ProjectListItem;
    const page = (ids: string[]): ProjectConnection => ({
      totalCount: 3,
      totals: {
        totalInvestment: 0,
        fixedAssetInvestment: 0,
        investmentToDate: 0,
        landMu: 0,
        expectedAnnualOutput: 0,
        expectedAnnualTax: 0,
      },
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: ids.map((id) => ({ cursor: id, node: node(id) })),
    });
    expect(mergeProjectPages([page(['3', '2']), page(['2', '1'])]).map((p) => p.id)).toEqual(['3', '2', '1']);
  });
});

describe('filterChoices', () => {
  it('offers each leader and unit once, sorted', () => {
    const choices = filterChoices(
      [
        { accountableLeader: { id: '4', displayName: '张书记' }, responsibleUnit: '规划建设局' },
        { accountableLeader: null, responsibleUnit: '经济发展局' },
        { accountableLeader: { id: '4', displayName: '张书记' }, responsibleUnit: null },
      ],
      'zh-CN',
    );
    expect(choices.leaders).toEqual([{ id: '4', displayName: '张书记' }]);
    expect(choices.units).toHaveLength(2);
  });
});

describe('weeklySheetHref', () => {
  it('exports one zone, or every zone in view', () => {
    expect(weeklySheetHref('1')).toBe('/exports/projects.xlsx?zoneId=1');
    expect(weeklySheetHref('')).toBe('/exports/projects.xlsx');
    expect(weeklySheetHref('1', 'csv')).toBe('/exports/projects.csv?zoneId=1');
  });
});
