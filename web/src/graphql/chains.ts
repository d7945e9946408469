import { gql } from '@urql/core';
import type { Stage } from './enums.ts';

export interface ChainListItem {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  segments: { id: string; stage: Stage }[];
}

export const CHAINS_QUERY = gql<{ chains: ChainListItem[] }, Record<string, never>>`
  query Chains {
    chains {
      id
      code
      name
      nameEn
      description
      segments {
        id
        stage
      }
    }
  }
`;

export interface ChainSegment {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  stage: Stage;
  weight: number;
  parent: { id: string } | null;
}

export interface ChainDetail {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  weakBelow: number;
  segments: ChainSegment[];
  feeds: { from: { id: string }; to: { id: string } }[];
}

export const CHAIN_QUERY = gql<{ chain: ChainDetail | null }, { id: string }>`
  query Chain($id: ID!) {
    chain(id: $id) {
      id
      code
      name
      nameEn
      description
      weakBelow
      segments {
        id
        code
        name
        nameEn
        stage
        weight
        parent {
          id
        }
      }
      feeds {
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;
