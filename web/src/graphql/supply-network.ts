import { gql } from '@urql/core';
import type { FirmTag } from './enums.ts';

export interface SupplySegment {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface SupplyFirm {
  id: string;
  name: string;
  province: string | null;
  city: string | null;
  /** The tracked zone the firm is located in; null when outside every zone. */
  zone: { id: string; name: string } | null;
  tags: FirmTag[];
}

/** One supply relation into the anchor (a supplier may supply it in several segments). */
export interface SupplierLink {
  firm: SupplyFirm;
  segment: SupplySegment | null;
  /** Located in the anchor's zone. */
  local: boolean;
  /** Annual volume, 万元, when known. */
  annualVolume: number | null;
}

export interface SupplyNetwork {
  anchor: SupplyFirm & { segments: SupplySegment[] };
  supplierCount: number;
  localSupplierCount: number;
  /** Local suppliers over all suppliers; null when the anchor has none or is in no zone. */
  localSupplyRate: number | null;
  /** The same by annual volume, over the relations whose volume is known; null when none is. */
  localSupplyRateByVolume: number | null;
  suppliers: SupplierLink[];
}

/** An anchor's supply network (本地配套率, DESIGN.md §5). An unknown firm is a NOT_FOUND error. */
export const SUPPLY_NETWORK_QUERY = gql<{ supplyNetwork: SupplyNetwork }, { anchorId: string }>`
  query SupplyNetwork($anchorId: ID!) {
    supplyNetwork(anchorId: $anchorId) {
      anchor {
        id
        name
        province
        city
        zone {
          id
          name
        }
        tags
        segments {
          id
          name
          nameEn
        }
      }
      supplierCount
      localSupplierCount
      localSupplyRate
      localSupplyRateByVolume
      suppliers {
        firm {
          id
          name
          province
          city
          zone {
            id
            name
          }
          tags
        }
        segment {
          id
          name
          nameEn
        }
        local
        annualVolume
      }
    }
  }
`;
