import { describe, expect, it } from 'vitest';
import { matchColumns, normalizeHeader } from './import-columns';

const specs = [
  { key: 'name', headers: ['企业名称', 'name'], required: true },
  { key: 'plannedInvestment', headers: ['计划投资'] },
];

describe('header recognition', () => {
  it('compares headers without units, stars, blanks and bracket width', () => {
    expect(normalizeHeader(' 计划投资（万元）*')).toBe(normalizeHeader('计划投资(万元)'));
    expect(normalizeHeader('计划投资(万元)')).toBe('计划投资');
    expect(normalizeHeader('Firm Name')).toBe('firmname');
  });

  it('matches Chinese and English headers, reports missing required fields, and takes overrides', () => {
    expect(matchColumns(['Name', '计划投资（万元）', '备注'], specs)).toMatchObject({
      headers: [
        { header: 'Name', field: 'name' },
        { header: '计划投资（万元）', field: 'plannedInvestment' },
        { header: '备注', field: null },
      ],
      missing: [],
    });
    expect(matchColumns(['备注'], specs).missing).toEqual(['name']);
    const mapped = matchColumns(['公司', '计划投资'], specs, { 公司: 'name', 计划投资: '' });
    expect([...mapped.columns]).toEqual([['name', 0]]);
  });
});
