import { gql } from '@urql/core';
import type { ZoneKind, ZoneLevel } from './enums.ts';

export interface ZoneListItem {
  id: string;
  code: string | null;
  name: string;
  kind: ZoneKind;
  level: ZoneLevel | null;
  city: string | null;
  accessible: boolean;
  chains: { id: string; name: string; nameEn: string | null }[];
}

export const ZONES_QUERY = gql<{ zones: ZoneListItem[] }, Record<string, never>>`
  query Zones {
    zones {
      id
      code
      name
      kind
      level
      city
      accessible
      chains {
        id
        name
        nameEn
      }
    }
  }
`;
