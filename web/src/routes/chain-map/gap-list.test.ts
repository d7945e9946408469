import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv.ts';
import { en } from '../../lib/i18n/en.ts';
import { translate } from '../../lib/i18n/translate.ts';
import { type MessageKey, zhCN } from '../../lib/i18n/zh-CN.ts';
import { gapListTable, gapListXlsxHref, gapRows, safeFileName } from './gap-list.ts';
import { makeCandidate, makeCoverage } from './test-factories.ts';

const zh = (key: MessageKey, params?: Record<string, string | number>) => translate(zhCN, key, params);
const english = (key: MessageKey, params?: Record<string, string | number>) => translate(en, key, params);

describe('gapRows', () => {
  it('lists missing before weak, broken links and weightier segments first, and leaves out present ones', () => {
    const rows = gapRows([
      makeCoverage({ id: 'weak-light', weight: 1 }, { status: 'WEAK' }),
      makeCoverage({ id: 'present' }, { status: 'PRESENT' }),
      makeCoverage({ id: 'weak-heavy', weight: 5 }, { status: 'WEAK' }),
      makeCoverage({ id: 'missing' }, { status: 'MISSING' }),
      makeCoverage({ id: 'missing-broken', weight: 1 }, { status: 'MISSING', brokenLink: true }),
    ]);
    expect(rows.map((r) => r.segment.id)).toEqual(['missing-broken', 'missing', 'weak-heavy', 'weak-light']);
  });
});

describe('gapListTable', () => {
  const names = new Map([['1', { name: '原材料', nameEn: 'Raw materials' }]]);
  const lithium = makeCoverage(
    { id: '11', name: '锂资源', nameEn: 'Lithium resources', parent: { id: '1' } },
    {
      status: 'MISSING',
      brokenLink: true,
      localFirmCount: 0,
      candidateCount: 36,
      candidates: [
        makeCandidate({
          score: 129.23,
          firm: { id: '5', name: '=cmd|calc', province: '河北省', city: '沧州市', tags: [] },
          reasons: [
            { code: 'SUPPLIES_LOCAL_ANCHOR', points: 120, params: [{ name: 'anchorCount', value: '1' }] },
            { code: 'SIZE', points: 3.23, params: [{ name: 'revenue', value: '7555' }] },
          ],
          existingLead: { id: '59', title: '示例启威项目', stage: 'NEGOTIATING' },
        }),
        makeCandidate({ firm: { id: '6', name: '二号', province: null, city: null, tags: [] } }),
        makeCandidate({ firm: { id: '7', name: '三号', province: null, city: null, tags: [] } }),
        makeCandidate({ firm: { id: '8', name: '四号', province: null, city: null, tags: [] } }),
      ],
    },
  );
  const graphite = makeCoverage(
    { id: '13', name: '石墨', stage: 'UPSTREAM' },
    { status: 'WEAK', localFirmCount: 1 },
  );

  it('writes one row per top-3 candidate, and one for a segment without candidates', () => {
    const table = gapListTable([lithium, graphite], names, zh, 'zh-CN');
    expect(table).toHaveLength(1 + 3 + 1);
    expect(table[1]).toEqual([
      '上游',
      '锂资源',
      '原材料',
      '缺链',
      '是',
      0,
      36,
      1,
      '=cmd|calc',
      '河北省 沧州市',
      129.23,
      '为本区 1 家链主企业配套；营收 7,555 万元',
      '示例启威项目（洽谈）',
    ]);
    expect(table[4]?.slice(0, 8)).toEqual(['上游', '石墨', '', '薄弱', '否', 1, 0, '']);
  });

  it('speaks the UI language', () => {
    const table = gapListTable([lithium], names, english, 'en');
    expect(table[0]?.[1]).toBe('Segment');
    expect(table[1]?.slice(0, 4)).toEqual(['Upstream', 'Lithium resources', 'Raw materials', 'Missing']);
    expect(table[1]?.[11]).toBe('Supplies 1 anchor firm in this zone; Revenue CNY 75.55 million');
  });

  it('exports a firm name that looks like a formula as text', () => {
    const csv = toCsv(gapListTable([lithium], names, zh, 'zh-CN'));
    expect(csv).toContain(",'=cmd|calc,");
    expect(csv).not.toMatch(/(^|,)=/m);
  });
});

describe('safeFileName', () => {
  it('replaces characters Windows does not allow in file names', () => {
    expect(safeFileName('缺口清单-a/b:c*?"<>|-2026')).toBe('缺口清单-a_b_c______-2026');
  });
});

describe('gapListXlsxHref', () => {
  it('names the zone and chain in the export address, encoded', () => {
    expect(gapListXlsxHref('1', '2')).toBe('/exports/chain-gaps.xlsx?zoneId=1&chainId=2');
    expect(gapListXlsxHref('a&b', '2 3')).toBe('/exports/chain-gaps.xlsx?zoneId=a%26b&chainId=2+3');
  });
});
