import type ExcelJS from 'exceljs';
import { findChainsByIds, findSegmentsOfChains } from '../chains/chain.repository';
import type { ServiceContext } from '../context';
import { findFirmsByIds } from '../firms/firm.repository';
import { mustExist } from '../graphql/must-exist';
import { findZoneById } from '../zones/zone.repository';
import { analyze, gapInputFor } from './chain-gaps.service';
import { buildGapWorkbook, CANDIDATES_PER_GAP } from './chain-gaps-export';

/**
 * The gap list of a zone's chain as a workbook, through the same access checks as `chainGaps`
 * (gapInputFor): NOT_FOUND for unknown ids, FORBIDDEN for another zone.
 */
export async function exportChainGaps(
  ctx: ServiceContext,
  zoneId: number,
  chainId: number,
): Promise<{ workbook: ExcelJS.Workbook; fileName: string }> {
  const report = analyze(await gapInputFor(ctx, zoneId, chainId));
  const candidateIds = report.segments.flatMap((s) =>
    s.candidates.slice(0, CANDIDATES_PER_GAP).map((c) => c.firmId),
  );
  const [zone, [chain], segments, firms] = await Promise.all([
    findZoneById(ctx.db, zoneId),
    findChainsByIds(ctx.db, [chainId]),
    findSegmentsOfChains(ctx.db, [chainId]),
    findFirmsByIds(ctx.db, [...new Set(candidateIds)]),
  ]);
  const workbook = buildGapWorkbook({
    report,
    zone: mustExist(zone),
    chain: mustExist(chain),
    segments: new Map(segments.map((s) => [s.id, s])),
    firms: new Map(firms.map((f) => [f.id, f])),
  });
  return { workbook, fileName: `${mustExist(zone).name}-${mustExist(chain).name}-缺口清单.xlsx` };
}
