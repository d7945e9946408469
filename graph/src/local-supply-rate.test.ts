import { describe, expect, it } from 'vitest';
import { UnknownFirmError } from './errors.ts';
import { localSupplyRate } from './local-supply-rate.ts';
import { firm, localFirm, OTHER_ZONE } from './test-factories.ts';

// Anchor 1 in ZONE; suppliers 2 and 3 in ZONE, 4 in another zone, 5 in no zone.
const firms = [localFirm(1), localFirm(2), localFirm(3), firm(4, { zoneId: OTHER_ZONE }), firm(5)];

describe('localSupplyRate', () => {
  it('counts the share of distinct suppliers located in the anchor zone', () => {
    const result = localSupplyRate({
      anchorId: 1,
      firms,
      supplies: [
        { supplierId: 2, buyerId: 1, volume: null },
        { supplierId: 2, buyerId: 1, volume: null },
        { supplierId: 3, buyerId: 1, volume: null },
        { supplierId: 4, buyerId: 1, volume: null },
        { supplierId: 5, buyerId: 1, volume: null },
        { supplierId: 1, buyerId: 4, volume: null },
      ],
    });
    expect(result.byCount).toEqual({ local: 2, total: 4, rate: 0.5 });
  });

  it('reports no volume share when no supply to the anchor has a volume', () => {
    const result = localSupplyRate({
      anchorId: 1,
      firms,
      supplies: [{ supplierId: 2, buyerId: 1, volume: null }],
    });
    expect(result.byVolume).toBeNull();
  });

  it('weighs suppliers by annual volume, separately from the count', () => {
    const result = localSupplyRate({
      anchorId: 1,
      firms,
      supplies: [
        { supplierId: 2, buyerId: 1, volume: 100 },
        { supplierId: 4, buyerId: 1, volume: 300 },
      ],
    });
    expect(result.byCount.rate).toBe(0.5);
    expect(result.byVolume).toEqual({ local: 100, total: 400, rate: 0.25, suppliersWithVolume: 2 });
  });

  it('sums only the known volumes when some are missing, and says how many suppliers they cover', () => {
    const result = localSupplyRate({
      anchorId: 1,
      firms,
      supplies: [
        { supplierId: 2, buyerId: 1, volume: 60 },
        { supplierId: 2, buyerId: 1, volume: null },
        { supplierId: 3, buyerId: 1, volume: null },
        { supplierId: 4, buyerId: 1, volume: 40 },
      ],
    });
    expect(result.byCount).toEqual({ local: 2, total: 3, rate: 2 / 3 });
    expect(result.byVolume).toEqual({ local: 60, total: 100, rate: 0.6, suppliersWithVolume: 2 });
  });

  it('counts a supplier missing from the firms as a supplier that is not local', () => {
    const result = localSupplyRate({
      anchorId: 1,
      firms,
      supplies: [
        { supplierId: 2, buyerId: 1, volume: null },
        { supplierId: 99, buyerId: 1, volume: null },
      ],
    });
    expect(result.byCount).toEqual({ local: 1, total: 2, rate: 0.5 });
  });

  it('gives rate null for an anchor without suppliers or without a zone', () => {
    expect(localSupplyRate({ anchorId: 1, firms, supplies: [] }).byCount).toEqual({
      local: 0,
      total: 0,
      rate: null,
    });
    const zoneless = localSupplyRate({
      anchorId: 5,
      firms,
      supplies: [{ supplierId: 4, buyerId: 5, volume: 10 }],
    });
    expect(zoneless.byCount).toEqual({ local: 0, total: 1, rate: null });
    expect(zoneless.byVolume?.rate).toBeNull();
  });

  it('rejects an anchor that is not among the firms', () => {
    expect(() => localSupplyRate({ anchorId: 42, firms, supplies: [] })).toThrow(UnknownFirmError);
  });
});
