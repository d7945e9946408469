import type { ChainGapReport, SegmentCoverage } from '../../graphql/chain-gaps.ts';
import type { CoverageStatus, Stage } from '../../graphql/enums.ts';

/** A box's place inside the diagram, in CSS pixels from the diagram's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A drawn `feeds` link. */
export interface DiagramLink {
  key: string;
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** A MISSING segment feeding one with local firms: where the chain breaks (断链). */
  broken: boolean;
  /** Touches the selected segment. */
  active: boolean;
}

export type Feed = ChainGapReport['chain']['feeds'][number];

/** Columns left to right: upstream, midstream, downstream. */
export const STAGE_COLUMN: Readonly<Record<Stage, number>> = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 };

/**
 * The report's segments in the chain's display order (the report lists them in its own order);
 * any segment the chain list lacks comes last.
 */
export function orderCoverage(report: ChainGapReport): SegmentCoverage[] {
  const byId = new Map(report.segments.map((coverage) => [coverage.segment.id, coverage]));
  const ordered = report.chain.segments.map((s) => byId.get(s.id)).filter((c) => c !== undefined);
  const listed = new Set(ordered.map((coverage) => coverage.segment.id));
  return [...ordered, ...report.segments.filter((coverage) => !listed.has(coverage.segment.id))];
}

/** How many segments have each status, and how many are broken links. */
export function countByStatus(
  coverages: readonly Pick<SegmentCoverage, 'status' | 'brokenLink'>[],
): Record<CoverageStatus, number> & { broken: number } {
  const counts = { MISSING: 0, WEAK: 0, PRESENT: 0, broken: 0 };
  for (const coverage of coverages) {
    counts[coverage.status] += 1;
    if (coverage.brokenLink) counts.broken += 1;
  }
  return counts;
}

/** An element's box relative to the diagram's, from two `getBoundingClientRect()` results. */
export function relativeRect(
  rect: { left: number; top: number; width: number; height: number },
  origin: { left: number; top: number },
): Rect {
  return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The curve of a link between two boxes. Downstream links leave the source's right edge and enter
 * the target's left edge; links within one column loop out to the right (through the gap between
 * columns), by up to `maxBulge` pixels; links against the flow run right to left.
 *
 * @example
 * linkPath({ x: 0, y: 0, width: 100, height: 20 }, { x: 200, y: 40, width: 100, height: 20 }, 0, 1, 30);
 * // 'M100 10 C150 10 150 50 200 50'
 */
export function linkPath(
  from: Rect,
  to: Rect,
  fromColumn: number,
  toColumn: number,
  maxBulge: number,
): string {
  const y1 = round(from.y + from.height / 2);
  const y2 = round(to.y + to.height / 2);
  if (fromColumn === toColumn) {
    const x1 = round(from.x + from.width);
    const x2 = round(to.x + to.width);
    const bulge = Math.min(maxBulge, 10 + Math.abs(y2 - y1) * 0.2);
    const xc = round(Math.max(x1, x2) + bulge);
    return `M${x1} ${y1} C${xc} ${y1} ${xc} ${y2} ${x2} ${y2}`;
  }
  const forward = toColumn > fromColumn;
  const x1 = round(forward ? from.x + from.width : from.x);
  const x2 = round(forward ? to.x : to.x + to.width);
  const dx = round(Math.max(16, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1));
  return `M${x1} ${y1} C${round(x1 + dx)} ${y1} ${round(x2 - dx)} ${y2} ${x2} ${y2}`;
}

/**
 * The links to draw, for the boxes that have been measured. Links of the selected segment come
 * last, so they are drawn over the others.
 */
export function diagramLinks(
  feeds: readonly Feed[],
  coverages: ReadonlyMap<string, SegmentCoverage>,
  rects: ReadonlyMap<string, Rect>,
  selectedId: string | undefined,
  maxBulge: number,
): DiagramLink[] {
  const links: DiagramLink[] = [];
  for (const feed of feeds) {
    const from = coverages.get(feed.from.id);
    const to = coverages.get(feed.to.id);
    const fromRect = rects.get(feed.from.id);
    const toRect = rects.get(feed.to.id);
    if (!from || !to || !fromRect || !toRect) continue;
    links.push({
      key: `${feed.from.id}>${feed.to.id}`,
      from: feed.from.id,
      to: feed.to.id,
      d: linkPath(
        fromRect,
        toRect,
        STAGE_COLUMN[from.segment.stage],
        STAGE_COLUMN[to.segment.stage],
        maxBulge,
      ),
      broken: from.status === 'MISSING' && to.localFirmCount > 0,
      active: selectedId !== undefined && (feed.from.id === selectedId || feed.to.id === selectedId),
    });
  }
  return links.sort((a, b) => Number(a.active) - Number(b.active));
}

/** The segments feeding `id` (its inputs) and those it feeds (its outputs), in feed order. */
export function segmentNeighbours(
  feeds: readonly Feed[],
  id: string,
): { inputs: string[]; outputs: string[] } {
  return {
    inputs: feeds.filter((feed) => feed.to.id === id).map((feed) => feed.from.id),
    outputs: feeds.filter((feed) => feed.from.id === id).map((feed) => feed.to.id),
  };
}
