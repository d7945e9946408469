import type { SupplierLink } from '../../graphql/supply-network.ts';
import { shortFirmName, wrapLabel } from './firm-label.ts';

/**
 * Geometry of the supply-network picture: the anchor, its local suppliers on one side and its
 * outside suppliers on the other, a line from each to the anchor, thicker for more volume. Pure
 * functions of the data and the width, so the picture is drawn in the component and tested here.
 */

/** One supplier in the picture (its relations in several segments merged). */
export interface NetworkFirm {
  id: string;
  name: string;
  local: boolean;
  /** The sum of its known annual volumes, 万元; null when none is known. */
  volume: number | null;
}

export interface Point {
  x: number;
  y: number;
}

export type TextAnchor = 'start' | 'end';

export interface PlacedSupplier {
  firm: NetworkFirm;
  /** The name, shortened to fit (the full name goes in a tooltip and in the list). */
  label: string;
  dot: Point;
  labelX: number;
  labelAnchor: TextAnchor;
  /** From the supplier to the anchor. */
  path: string;
  strokeWidth: number;
  /** The volume is unknown: drawn dashed at the thinnest width. */
  dashed: boolean;
}

export interface NetworkSide {
  local: boolean;
  /** How many suppliers this side has in all (some may not be drawn). */
  count: number;
  header: Point & { anchor: TextAnchor };
  suppliers: PlacedSupplier[];
  /** The suppliers left out for space ("N more"), where to say so. */
  more: (Point & { anchor: TextAnchor; count: number }) | null;
}

export interface NetworkLayout {
  /** `split`: local left, anchor in the middle, outside right; `stacked` (narrow): all left, anchor right. */
  mode: 'split' | 'stacked';
  width: number;
  height: number;
  anchor: { x: number; y: number; width: number; height: number; lines: string[] };
  sides: [NetworkSide, NetworkSide];
}

/** Row height and font size of the labels, px. A CJK character is about one font size wide. */
export const ROW_HEIGHT = 28;
export const FONT_SIZE = 13;
/** Narrower than this, the two sides are stacked on the left of the anchor. */
export const SPLIT_MIN_WIDTH = 560;
/** Suppliers drawn per side at most; the rest are counted ("N more"). The list shows them all. */
export const MAX_PER_SIDE = 12;

const HEADER_HEIGHT = 26;
const ANCHOR_HEIGHT = 60;
const MIN_STROKE = 1.5;
const MAX_STROKE = 8;
const LABEL_GAP = 10;

/**
 * One picture node per supplier firm: a firm supplying the anchor in several segments has its known
 * volumes summed (null when none is known). Sorted by volume, largest first, unknown last, then name.
 */
export function mergeSuppliers(links: readonly SupplierLink[]): NetworkFirm[] {
  const firms = new Map<string, NetworkFirm>();
  for (const link of links) {
    const firm = firms.get(link.firm.id) ?? {
      id: link.firm.id,
      name: link.firm.name,
      local: false,
      volume: null,
    };
    firm.local ||= link.local;
    if (link.annualVolume !== null) firm.volume = (firm.volume ?? 0) + link.annualVolume;
    firms.set(firm.id, firm);
  }
  return [...firms.values()].sort(
    (a, b) => (b.volume ?? -1) - (a.volume ?? -1) || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/**
 * A line's width for a volume: by area (square root), from 1.5 px up to 8 px for the largest;
 * an unknown volume gets the thinnest line.
 *
 * @example
 * strokeWidthFor(100, 100); // 8
 * strokeWidthFor(null, 100); // 1.5
 */
export function strokeWidthFor(volume: number | null, maxVolume: number): number {
  if (volume === null || maxVolume <= 0 || volume <= 0) return MIN_STROKE;
  const share = Math.min(1, volume / maxVolume);
  return round(MIN_STROKE + (MAX_STROKE - MIN_STROKE) * Math.sqrt(share));
}

/** A horizontal S-curve from one point to another. */
export function curve(from: Point, to: Point): string {
  const mid = round((from.x + to.x) / 2);
  return `M${round(from.x)} ${round(from.y)} C${mid} ${round(from.y)} ${mid} ${round(to.y)} ${round(to.x)} ${round(to.y)}`;
}

/**
 * Places the anchor and its suppliers in a picture `width` px wide (at least 280): local suppliers
 * left and outside ones right of the anchor, or, narrower than `SPLIT_MIN_WIDTH`, both stacked on
 * its left (local above outside). At most `MAX_PER_SIDE` suppliers are drawn per side.
 *
 * @example
 * const layout = networkLayout(anchor.name, mergeSuppliers(network.suppliers), 720);
 * layout.sides[0].suppliers[0].path; // 'M212 48 C…'
 */
export function networkLayout(
  anchorName: string,
  firms: readonly NetworkFirm[],
  width: number,
): NetworkLayout {
  const w = Math.max(280, Math.round(width));
  const local = firms.filter((firm) => firm.local);
  const outside = firms.filter((firm) => !firm.local);
  const maxVolume = Math.max(0, ...firms.map((firm) => firm.volume ?? 0));
  return w >= SPLIT_MIN_WIDTH
    ? splitLayout(anchorName, local, outside, maxVolume, w)
    : stackedLayout(anchorName, local, outside, maxVolume, w);
}

/** How many rows a side takes: the suppliers drawn, and one for "N more". */
function rowCount(count: number): number {
  return count > MAX_PER_SIDE ? MAX_PER_SIDE + 1 : count;
}

interface SideGeometry {
  local: boolean;
  firms: readonly NetworkFirm[];
  /** The centre of the first row. */
  firstRowY: number;
  header: Point & { anchor: TextAnchor };
  dotX: number;
  labelAnchor: TextAnchor;
  /** The width the labels may take, px. */
  labelRoom: number;
  /** Where lines end on the anchor box. */
  target: Point;
  maxVolume: number;
}

function placeSide(side: SideGeometry): NetworkSide {
  const labelX = side.labelAnchor === 'end' ? side.dotX - LABEL_GAP : side.dotX + LABEL_GAP;
  const maxChars = Math.floor(side.labelRoom / FONT_SIZE);
  const drawn = side.firms.slice(0, MAX_PER_SIDE);
  const suppliers = drawn.map((firm, index): PlacedSupplier => {
    const dot = { x: round(side.dotX), y: round(side.firstRowY + index * ROW_HEIGHT) };
    return {
      firm,
      label: shortFirmName(firm.name, maxChars),
      dot,
      labelX: round(labelX),
      labelAnchor: side.labelAnchor,
      path: curve(dot, side.target),
      strokeWidth: strokeWidthFor(firm.volume, side.maxVolume),
      dashed: firm.volume === null,
    };
  });
  const hidden = side.firms.length - drawn.length;
  return {
    local: side.local,
    count: side.firms.length,
    header: side.header,
    suppliers,
    more:
      hidden > 0
        ? {
            x: round(labelX),
            y: round(side.firstRowY + drawn.length * ROW_HEIGHT),
            anchor: side.labelAnchor,
            count: hidden,
          }
        : null,
  };
}

function splitLayout(
  anchorName: string,
  local: readonly NetworkFirm[],
  outside: readonly NetworkFirm[],
  maxVolume: number,
  w: number,
): NetworkLayout {
  const anchorWidth = round(clamp(w * 0.24, 120, 200));
  const top = HEADER_HEIGHT + 8;
  const bodyHeight = Math.max(
    Math.max(rowCount(local.length), rowCount(outside.length)) * ROW_HEIGHT,
    ANCHOR_HEIGHT + 16,
  );
  const height = top + bodyHeight + 8;
  const centreY = top + bodyHeight / 2;
  const sideWidth = (w - anchorWidth) / 2;
  const lineRoom = clamp(sideWidth * 0.4, 40, 160);
  const leftDotX = sideWidth - lineRoom;
  const rightDotX = w - leftDotX;
  const firstRowY = (count: number) => centreY - ((rowCount(count) - 1) * ROW_HEIGHT) / 2;
  return {
    mode: 'split',
    width: w,
    height: round(height),
    anchor: anchorBox(anchorName, (w - anchorWidth) / 2, centreY, anchorWidth),
    sides: [
      placeSide({
        local: true,
        firms: local,
        firstRowY: firstRowY(local.length),
        header: { x: round(leftDotX + 6), y: 17, anchor: 'end' },
        dotX: leftDotX,
        labelAnchor: 'end',
        labelRoom: leftDotX - LABEL_GAP,
        target: { x: (w - anchorWidth) / 2, y: centreY },
        maxVolume,
      }),
      placeSide({
        local: false,
        firms: outside,
        firstRowY: firstRowY(outside.length),
        header: { x: round(rightDotX - 6), y: 17, anchor: 'start' },
        dotX: rightDotX,
        labelAnchor: 'start',
        labelRoom: w - rightDotX - LABEL_GAP,
        target: { x: (w + anchorWidth) / 2, y: centreY },
        maxVolume,
      }),
    ],
  };
}

function stackedLayout(
  anchorName: string,
  local: readonly NetworkFirm[],
  outside: readonly NetworkFirm[],
  maxVolume: number,
  w: number,
): NetworkLayout {
  const anchorWidth = round(clamp(w * 0.28, 84, 130));
  const anchorX = w - anchorWidth;
  const dotX = anchorX - clamp(w * 0.18, 36, 90);
  const localTop = 0;
  const outsideTop = localTop + HEADER_HEIGHT + rowCount(local.length) * ROW_HEIGHT + 14;
  const contentHeight = outsideTop + HEADER_HEIGHT + rowCount(outside.length) * ROW_HEIGHT + 4;
  const height = Math.max(contentHeight, ANCHOR_HEIGHT + 16);
  const centreY = height / 2;
  const target = { x: anchorX, y: centreY };
  const side = (isLocal: boolean, firms: readonly NetworkFirm[], sideTop: number): NetworkSide =>
    placeSide({
      local: isLocal,
      firms,
      firstRowY: sideTop + HEADER_HEIGHT + ROW_HEIGHT / 2,
      header: { x: round(dotX + 6), y: sideTop + 17, anchor: 'end' },
      dotX,
      labelAnchor: 'end',
      labelRoom: dotX - LABEL_GAP,
      target,
      maxVolume,
    });
  return {
    mode: 'stacked',
    width: w,
    height: round(height),
    anchor: anchorBox(anchorName, anchorX, centreY, anchorWidth),
    sides: [side(true, local, localTop), side(false, outside, outsideTop)],
  };
}

function anchorBox(name: string, x: number, centreY: number, width: number): NetworkLayout['anchor'] {
  const perLine = Math.floor((width - 16) / FONT_SIZE);
  return {
    x: round(x),
    y: round(centreY - ANCHOR_HEIGHT / 2),
    width,
    height: ANCHOR_HEIGHT,
    lines: wrapLabel(shortFirmName(name, perLine * 2), perLine, 2),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** One decimal is plenty for SVG coordinates and keeps the markup short. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
