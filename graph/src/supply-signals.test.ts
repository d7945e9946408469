import { describe, expect, it } from 'vitest';
import { supplySignals } from './supply-signals.ts';
import { firm, localFirm, OTHER_ZONE, ZONE } from './test-factories.ts';
import type { FirmInput, SupplyInput } from './types.ts';

const firms: FirmInput[] = [
  firm(1),
  firm(2),
  localFirm(10, { tags: ['ANCHOR'] }),
  localFirm(11),
  localFirm(12),
  firm(20, { zoneId: OTHER_ZONE, tags: ['ANCHOR'] }),
  firm(21, { zoneId: OTHER_ZONE }),
];

function signalsFor(supplies: SupplyInput[]) {
  return supplySignals({
    zoneId: ZONE,
    firmsById: new Map(firms.map((entry) => [entry.id, entry])),
    candidateIds: new Set([1]),
    isChainAnchor: (buyer) => buyer.id === 20,
    supplies,
  });
}

const row = (supplierId: number, buyerId: number): SupplyInput => ({ supplierId, buyerId, volume: null });

describe('supplySignals', () => {
  it('counts distinct local anchors, local non-anchors and chain anchors elsewhere', () => {
    const signals = signalsFor([row(1, 10), row(1, 11), row(1, 12), row(1, 12), row(1, 20), row(1, 21)]);
    expect(signals.get(1)).toEqual({ localAnchors: 1, localFirms: 2, chainAnchorsElsewhere: 1 });
  });

  it('ignores suppliers that are not candidates and buyers missing from the input', () => {
    const signals = signalsFor([row(2, 10), row(1, 99)]);
    expect(signals.size).toBe(0);
  });

  it('ignores what a candidate buys, only what it supplies', () => {
    expect(signalsFor([row(10, 1)]).size).toBe(0);
  });
});
