import { gql } from '@urql/core';
import type { CandidateReasonCode, CoverageStatus, FirmTag, LeadStage, Stage } from './enums.ts';

export interface GapSegment {
  id: string;
  name: string;
  nameEn: string | null;
  stage: Stage;
  weight: number;
  parent: { id: string } | null;
}

export interface CandidateReason {
  code: CandidateReasonCode;
  points: number;
  /** The reason's facts as strings, e.g. `{ name: 'anchorCount', value: '2' }`. */
  params: { name: string; value: string }[];
}

export interface Candidate {
  score: number;
  firm: { id: string; name: string; province: string | null; city: string | null; tags: FirmTag[] };
  reasons: CandidateReason[];
  existingLead: { id: string; title: string; stage: LeadStage } | null;
}

export interface SegmentCoverage {
  segment: GapSegment;
  status: CoverageStatus;
  localFirmCount: number;
  localFirms: { id: string; name: string; tags: FirmTag[] }[];
  hasAnchor: boolean;
  brokenLink: boolean;
  candidateCount: number;
  candidates: Candidate[];
}

export interface ChainGapReport {
  completeness: number;
  zone: { id: string; name: string };
  chain: {
    id: string;
    name: string;
    nameEn: string | null;
    weakBelow: number;
    /** The chain's segments in display order (the report's own order is not). */
    segments: { id: string }[];
    feeds: { from: { id: string }; to: { id: string } }[];
  };
  segments: SegmentCoverage[];
}

/** How many candidates each segment brings along: enough for the panel, the gap list takes 3. */
export const CANDIDATES_PER_SEGMENT = 10;

export const CHAIN_GAPS_QUERY = gql<
  { chainGaps: ChainGapReport },
  { zoneId: string; chainId: string; candidates: number }
>`
  query ChainGaps($zoneId: ID!, $chainId: ID!, $candidates: Int!) {
    chainGaps(zoneId: $zoneId, chainId: $chainId) {
      completeness
      zone {
        id
        name
      }
      chain {
        id
        name
        nameEn
        weakBelow
        segments {
          id
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
      segments {
        segment {
          id
          name
          nameEn
          stage
          weight
          parent {
            id
          }
        }
        status
        localFirmCount
        localFirms {
          id
          name
          tags
        }
        hasAnchor
        brokenLink
        candidateCount
        candidates(first: $candidates) {
          score
          firm {
            id
            name
            province
            city
            tags
          }
          reasons {
            code
            points
            params {
              name
              value
            }
          }
          existingLead {
            id
            title
            stage
          }
        }
      }
    }
  }
`;
