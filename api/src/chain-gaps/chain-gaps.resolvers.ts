import {
  type Candidate,
  type CandidateReason,
  type CandidateReasonCode,
  DEFAULT_CANDIDATE_WEIGHTS,
  type SegmentCoverage,
} from '@lianzhao/graph';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { mustExist } from '../graphql/must-exist';
import { oneOf } from '../shared/one-of';
import { analyze } from './chain-gaps.service';
import { cachedLocalFirmRows } from './gap-input-cache';

/** A segment's coverage, carrying its zone so candidates can find the zone's leads. */
export type SegmentCoverageModel = SegmentCoverage & { zoneId: number };
export type CandidateModel = Candidate;
export type CandidateReasonModel = CandidateReason;
export type ReasonParamModel = { name: string; value: string };

const MAX_CANDIDATES = 50;
const REASON_CODES = Object.keys(DEFAULT_CANDIDATE_WEIGHTS) as CandidateReasonCode[];

export const chainGapResolvers: Resolvers = {
  Query: {
    chainGaps: async (_parent, args, ctx) => {
      const input = await ctx.loaders.gapInput.load(
        `${parseId(args.zoneId, 'zoneId')}:${parseId(args.chainId, 'chainId')}`,
      );
      // The local firms the report lists, from the cache the input came from: no fetch of ~1,500 rows.
      for (const [id, row] of cachedLocalFirmRows(input.firms)) ctx.loaders.firm.prime(id, row);
      return analyze(input);
    },
  },
  ChainGapReport: {
    zone: async (report, _args, ctx) => mustExist(await ctx.loaders.zone.load(report.zoneId)),
    chain: async (report, _args, ctx) => mustExist(await ctx.loaders.chain.load(report.chainId)),
    segments: (report) => report.segments.map((s) => ({ ...s, zoneId: report.zoneId })),
  },
  SegmentCoverage: {
    segment: async (coverage, _args, ctx) => mustExist(await ctx.loaders.segment.load(coverage.segmentId)),
    localFirms: async (coverage, _args, ctx) =>
      (await Promise.all(coverage.localFirmIds.map((id) => ctx.loaders.firm.load(id)))).filter(
        (f) => f !== null,
      ),
    candidates: (coverage, { first }) =>
      coverage.candidates.slice(0, Math.max(0, Math.min(first ?? 10, MAX_CANDIDATES))),
  },
  Candidate: {
    firm: async (candidate, _args, ctx) => mustExist(await ctx.loaders.firm.load(candidate.firmId)),
    existingLead: (candidate, _args, ctx) =>
      candidate.existingLeadId === null ? null : ctx.loaders.lead.load(candidate.existingLeadId),
  },
  CandidateReason: {
    code: (reason) => oneOf(REASON_CODES, reason.code),
    params: (reason) =>
      Object.entries(reason.params).map(([name, value]) => ({ name, value: String(value) })),
  },
};
