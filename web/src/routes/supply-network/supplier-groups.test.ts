import { describe, expect, it } from 'vitest';
import { compareSuppliers, groupSuppliersBySegment, summariseVolume } from './supplier-groups.ts';
import { makeLink } from './test-factories.ts';

const cathode = { id: '20', name: '正极材料', nameEn: 'Cathode materials' };
const electrolyte = { id: '22', name: '电解液', nameEn: null };

describe('compareSuppliers', () => {
  it('puts local suppliers first, then larger volumes, unknown volumes last, then names', () => {
    const links = [
      makeLink({ id: '1', name: 'B 公司' }, { annualVolume: null }),
      makeLink({ id: '2', name: '甲公司' }, { annualVolume: 500 }),
      makeLink({ id: '3', name: '丙公司' }, { local: true, annualVolume: 10 }),
      makeLink({ id: '4', name: '丁公司' }, { annualVolume: 900 }),
      makeLink({ id: '5', name: 'C 公司' }, { annualVolume: null }),
    ];
    expect([...links].sort(compareSuppliers).map((link) => link.firm.id)).toEqual(['3', '4', '2', '1', '5']);
  });

  it('counts a zero volume above an unknown one', () => {
    const zero = makeLink({ id: '1' }, { annualVolume: 0 });
    const unknown = makeLink({ id: '2' }, { annualVolume: null });
    expect([unknown, zero].sort(compareSuppliers)).toEqual([zero, unknown]);
  });
});

describe('groupSuppliersBySegment', () => {
  it('groups by segment, the group with more known volume first and the unsegmented last', () => {
    const groups = groupSuppliersBySegment([
      makeLink({ id: '1' }, { segment: null, annualVolume: 99_999 }),
      makeLink({ id: '2' }, { segment: electrolyte, annualVolume: 300 }),
      makeLink({ id: '3' }, { segment: cathode, annualVolume: 200, local: true }),
      makeLink({ id: '4' }, { segment: cathode, annualVolume: 250 }),
    ]);
    expect(groups.map((group) => group.key)).toEqual(['20', '22', 'none']);
    expect(groups[0]).toMatchObject({ segment: cathode, localCount: 1, knownVolume: 450 });
    expect(groups[0]?.suppliers.map((link) => link.firm.id)).toEqual(['3', '4']);
    expect(groups[2]?.segment).toBeNull();
  });

  it('breaks volume ties by the number of suppliers, then by segment id', () => {
    const groups = groupSuppliersBySegment([
      makeLink({ id: '1' }, { segment: { id: '9', name: 'B', nameEn: null } }),
      makeLink({ id: '2' }, { segment: { id: '10', name: 'C', nameEn: null } }),
      makeLink({ id: '3' }, { segment: { id: '11', name: 'A', nameEn: null } }),
      makeLink({ id: '4' }, { segment: { id: '11', name: 'A', nameEn: null } }),
    ]);
    expect(groups.map((group) => group.key)).toEqual(['11', '9', '10']);
  });

  it('keeps a firm that supplies in two segments in both groups', () => {
    const groups = groupSuppliersBySegment([
      makeLink({ id: '7' }, { segment: cathode }),
      makeLink({ id: '7' }, { segment: electrolyte }),
    ]);
    expect(groups.map((group) => group.suppliers.map((link) => link.firm.id))).toEqual([['7'], ['7']]);
  });

  it('answers no groups for no suppliers', () => {
    expect(groupSuppliersBySegment([])).toEqual([]);
  });
});

describe('summariseVolume', () => {
  it('sums the known volumes, local and in all, and counts the relations they come from', () => {
    expect(
      summariseVolume([
        makeLink({ id: '1' }, { local: true, annualVolume: 100 }),
        makeLink({ id: '2' }, { local: false, annualVolume: 300 }),
        makeLink({ id: '3' }, { local: true, annualVolume: null }),
      ]),
    ).toEqual({ local: 100, total: 400, knownCount: 2 });
  });
});
