import type { SupplierLink } from '../../graphql/supply-network.ts';

/** Test data for the supply-network helpers: sensible defaults, override what a test is about. */
export function makeLink(
  firm: Partial<SupplierLink['firm']> & { id: string },
  overrides: Partial<Omit<SupplierLink, 'firm'>> = {},
): SupplierLink {
  return {
    firm: {
      name: `示例供应商${firm.id}有限公司`,
      province: '河北省',
      city: '石家庄市',
      zone: null,
      tags: [],
      ...firm,
    },
    segment: { id: '1', name: '正极材料', nameEn: 'Cathode materials' },
    local: false,
    annualVolume: null,
    ...overrides,
  };
}
