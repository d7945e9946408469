import { gql } from '@urql/core';
import type { FirmTag } from '../../graphql/enums.ts';

export interface FirmListItem {
  id: string;
  name: string;
  uscc: string | null;
  city: string | null;
  tags: FirmTag[];
  version: number;
  zone: { id: string; name: string } | null;
}

export interface FirmsPage {
  firms: {
    totalCount: number;
    edges: { cursor: string; node: FirmListItem }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const FIRM_FIELDS = 'id name uscc city tags version zone { id name }';

export const FIRMS_QUERY = gql<
  FirmsPage,
  { search?: string | null; zoneId?: string | null; first: number; after?: string | null }
>`
  query Firms($search: String, $zoneId: ID, $first: Int, $after: String) {
    firms(search: $search, zoneId: $zoneId, first: $first, after: $after) {
      totalCount
      edges { cursor node { ${FIRM_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface DuplicatePair {
  similarity: number;
  first: FirmListItem;
  second: FirmListItem;
}

export const FIRM_DUPLICATES_QUERY = gql<{ firmDuplicates: DuplicatePair[] }, { zoneId?: string | null }>`
  query FirmDuplicates($zoneId: ID) {
    firmDuplicates(zoneId: $zoneId, first: 100) {
      similarity
      first { ${FIRM_FIELDS} }
      second { ${FIRM_FIELDS} }
    }
  }
`;

export const MERGE_FIRMS = gql<
  { mergeFirms: FirmListItem },
  { survivorId: string; duplicateId: string; survivorVersion: number }
>`
  mutation MergeFirms($survivorId: ID!, $duplicateId: ID!, $survivorVersion: Int!) {
    mergeFirms(survivorId: $survivorId, duplicateId: $duplicateId, survivorVersion: $survivorVersion) { ${FIRM_FIELDS} }
  }
`;

/** The export link with the list's filters. */
export function firmsExportHref(format: 'csv' | 'xlsx', filter: { search: string; zoneId: string }): string {
  const params = new URLSearchParams();
  if (filter.search.trim()) params.set('search', filter.search.trim());
  if (filter.zoneId) params.set('zoneId', filter.zoneId);
  const query = params.toString();
  return `/exports/firms.${format}${query ? `?${query}` : ''}`;
}
