import type { ChainSegment } from '../../graphql/chains.ts';
import { STAGES, type Stage } from '../../graphql/enums.ts';

/** What nesting needs of a segment; the chain page passes `ChainSegment`s, the chain map its own. */
export interface TreeSegment {
  id: string;
  stage: Stage;
  parent: { id: string } | null;
}

export interface SegmentNode<S extends TreeSegment = ChainSegment> {
  segment: S;
  children: SegmentNode<S>[];
  /** Set when the parent sits at another stage, so the node is shown as a root there. */
  parentElsewhere?: S;
}

/**
 * Groups a chain's segments by stage and nests each under its parent, keeping the API's display
 * order. A segment whose parent is at another stage (or missing) becomes a root of its own stage.
 *
 * @example
 * const byStage = buildStageTrees(chain.segments);
 * byStage.UPSTREAM; // [{ segment: 电池, children: [{ segment: 正极材料, children: [] }] }]
 */
export function buildStageTrees<S extends TreeSegment>(
  segments: readonly S[],
): Record<Stage, SegmentNode<S>[]> {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const nodes = new Map<string, SegmentNode<S>>(
    segments.map((segment) => [segment.id, { segment, children: [] }]),
  );
  const trees = Object.fromEntries(STAGES.map((stage) => [stage, [] as SegmentNode<S>[]])) as Record<
    Stage,
    SegmentNode<S>[]
  >;
  for (const segment of segments) {
    const node = nodes.get(segment.id)!;
    const parent = segment.parent ? byId.get(segment.parent.id) : undefined;
    if (parent && parent.stage === segment.stage && !isAncestor(segment.id, parent, byId)) {
      nodes.get(parent.id)!.children.push(node);
    } else {
      if (parent) node.parentElsewhere = parent;
      trees[segment.stage].push(node);
    }
  }
  return trees;
}

/** Guards against a parent cycle in bad data, which would otherwise hide segments. */
function isAncestor(id: string, start: TreeSegment, byId: Map<string, TreeSegment>): boolean {
  const seen = new Set<string>();
  let current: TreeSegment | undefined = start;
  while (current && !seen.has(current.id)) {
    if (current.id === id) return true;
    seen.add(current.id);
    current = current.parent ? byId.get(current.parent.id) : undefined;
  }
  return false;
}

/** How many segments a chain has at each stage. */
export function countByStage(segments: readonly { stage: Stage }[]): Record<Stage, number> {
  const counts = { UPSTREAM: 0, MIDSTREAM: 0, DOWNSTREAM: 0 };
  for (const segment of segments) counts[segment.stage] += 1;
  return counts;
}
