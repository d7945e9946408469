import {
  analyzeChainGaps,
  type ChainGapInput,
  type ChainGapReport,
  InvalidChainError,
  whatIfCompleteness,
} from '@lianzhao/graph';
import { requireViewer, requireZoneAccess } from '../auth/viewer';
import { findChainsByIds } from '../chains/chain.repository';
import type { ServiceContext } from '../context';
import type { ChainRow, ZoneRow } from '../db/schema';
import { AppError } from '../errors';
import { findZoneById } from '../zones/zone.repository';
import { loadGapInput } from './gap-input';

/** A report as the API returns it: the graph package's result plus what it is about. */
export interface ChainGapReportModel extends ChainGapReport {
  zoneId: number;
  chainId: number;
}

/**
 * Resolves and checks a (zone, chain) pair: NOT_FOUND for an unknown id, FORBIDDEN for a zone the
 * viewer may not see, so no path returns another zone's analysis.
 */
async function requireZoneAndChain(ctx: ServiceContext, zoneId: number, chainId: number) {
  requireViewer(ctx.viewer);
  const zone = await findZoneById(ctx.db, zoneId);
  if (!zone) throw new AppError('NOT_FOUND', 'No such zone', { details: { zoneId } });
  requireZoneAccess(ctx.viewer, zone.id);
  const [chain] = await findChainsByIds(ctx.db, [chainId]);
  if (!chain) throw new AppError('NOT_FOUND', 'No such chain', { details: { chainId } });
  return { zone, chain };
}

/**
 * The input of one (zone, chain), loaded once per request however many fields ask for it (the
 * GraphQL context's loader, see loaders.ts), its expensive part kept across requests until a write
 * changes it (gap-input-cache.ts). The access check comes first, on every request.
 */
export async function gapInputFor(
  ctx: ServiceContext,
  zoneId: number,
  chainId: number,
): Promise<ChainGapInput> {
  return (await gapInputWithRows(ctx, zoneId, chainId)).input;
}

/** gapInputFor, with the zone and chain rows its access check read (a report shows them too). */
export async function gapInputWithRows(
  ctx: ServiceContext,
  zoneId: number,
  chainId: number,
): Promise<{ input: ChainGapInput; zone: ZoneRow; chain: ChainRow }> {
  const { zone, chain } = await requireZoneAndChain(ctx, zoneId, chainId);
  try {
    // Loading already reads the gaps (to load only their candidates), so a malformed chain shows here.
    return { input: await loadGapInput(ctx.db, zone, chain), zone, chain };
  } catch (error) {
    throw asAppError(error);
  }
}

/**
 * The last report computed from each cached input (keyed by its supplies array, which lives exactly as
 * long as the cache entry, see gap-input-cache.ts), with what else it was computed from: the parts read
 * fresh on every request. Reused only for the very same firms and segments arrays too: a caller that
 * varies the input (the digest's "what if the signed firms were local") gets a fresh analysis.
 * Reports are read, never changed, by their readers.
 */
interface LastReport {
  key: string;
  firms: ChainGapInput['firms'];
  segments: ChainGapInput['chain']['segments'];
  feeds: ChainGapInput['chain']['feeds'];
  report: ChainGapReportModel;
}
const lastReports = new WeakMap<ChainGapInput['supplies'], LastReport>();

/** DESIGN.md §5: the zone's coverage of the chain, with ranked candidates for its gaps. */
export function analyze(input: ChainGapInput): ChainGapReportModel {
  const key = JSON.stringify([
    input.zoneId,
    input.zoneProvince ?? null,
    input.chain.id,
    input.chain.weakBelow ?? null,
    input.openLeads.map((l) => [l.id, l.firmId]),
  ]);
  const last = lastReports.get(input.supplies);
  if (
    last?.key === key &&
    last.firms === input.firms &&
    last.segments === input.chain.segments &&
    last.feeds === input.chain.feeds
  ) {
    return last.report;
  }
  try {
    const report = { zoneId: input.zoneId, chainId: input.chain.id, ...analyzeChainGaps(input) };
    lastReports.set(input.supplies, {
      key,
      firms: input.firms,
      segments: input.chain.segments,
      feeds: input.chain.feeds,
      report,
    });
    return report;
  } catch (error) {
    throw asAppError(error);
  }
}

/** Completeness before and after the firm becomes local: the chain value of a lead. */
export function chainImpactOf(input: ChainGapInput, firmId: number): { before: number; after: number } {
  try {
    return whatIfCompleteness(input, firmId);
  } catch (error) {
    throw asAppError(error);
  }
}

function asAppError(error: unknown): unknown {
  // Feeds are checked when written; a cycle here means the stored chain is corrupt.
  if (error instanceof InvalidChainError) {
    return new AppError('CONFLICT', `The chain's data is inconsistent: ${error.message}`, { cause: error });
  }
  return error;
}
