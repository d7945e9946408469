import type { ChainCode } from './zone-profiles';

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export type Weight = 1 | 2 | 3 | 4 | 5;

/** One segment of a chain's tree; `code` is stable within the chain and becomes segment.code. */
export interface SegmentSpec {
  code: string;
  name: string;
  nameEn: string;
  stage: Stage;
  weight: Weight;
  /** Industry words for demo firm names in this segment, e.g. 隔膜 -> ['隔膜材料', '膜科技']. */
  firmWords: readonly string[];
  children: readonly SegmentSpec[];
}

export interface ChainSpec {
  code: ChainCode;
  name: string;
  nameEn: string;
  description: string;
  segments: readonly SegmentSpec[];
  /** Upstream -> downstream links by segment code; a DAG (checked by the seed's test). */
  feeds: readonly (readonly [string, string])[];
  /** Leaf segments where a zone's anchor firm (链主) typically sits. */
  anchorSegments: readonly string[];
}

/** A leaf segment; its stage is filled in by the `group` (or `top`) that holds it. */
export function leaf(
  code: string,
  name: string,
  nameEn: string,
  weight: Weight,
  firmWords: readonly string[],
): (stage: Stage) => SegmentSpec {
  return (stage) => ({ code, name, nameEn, stage, weight, firmWords, children: [] });
}

/** A parent segment whose children share its stage. */
export function group(
  code: string,
  name: string,
  nameEn: string,
  stage: Stage,
  weight: Weight,
  children: readonly ((stage: Stage) => SegmentSpec)[],
): SegmentSpec {
  return { code, name, nameEn, stage, weight, firmWords: [], children: children.map((c) => c(stage)) };
}

/** A top-level segment without children. */
export function top(stage: Stage, make: (stage: Stage) => SegmentSpec): SegmentSpec {
  return make(stage);
}

/** Every segment of a chain, parents before their children. */
export function allSegments(chain: ChainSpec): SegmentSpec[] {
  return chain.segments.flatMap((segment) => [segment, ...segment.children]);
}

/** The segments without children: where most firms are placed. */
export function leafSegments(chain: ChainSpec): SegmentSpec[] {
  return allSegments(chain).filter((segment) => segment.children.length === 0);
}

/** Expands `[from, [to, to, ...]]` shorthand into single links. */
export function links(entries: readonly (readonly [string, readonly string[]])[]): [string, string][] {
  return entries.flatMap(([from, targets]) => targets.map((to): [string, string] => [from, to]));
}
