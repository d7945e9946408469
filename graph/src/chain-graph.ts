import { DirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import { ChainCycleError, InvalidChainError } from './errors.ts';
import { findCycle } from './find-cycle.ts';
import type { ChainInput, SegmentInput } from './types.ts';

/**
 * A chain's taxonomy as graphs plus the indexes every analysis needs. Node keys are the segment ids
 * as strings (graphology keys are strings).
 */
export interface ChainGraph {
  chainId: number;
  /** Segment ids in input (display) order. */
  segmentIds: readonly number[];
  segments: ReadonlyMap<number, SegmentInput>;
  /** parent -> child edges. */
  hierarchy: DirectedGraph<SegmentInput>;
  /** upstream -> downstream `feeds` edges; a DAG. */
  feeds: DirectedGraph;
  /** Each segment followed by its ancestors, nearest first: a firm in s also counts for these. */
  selfAndAncestors: ReadonlyMap<number, readonly number[]>;
  totalWeight: number;
}

/**
 * Validates a chain and builds its graphs. Throws `InvalidChainError` for duplicate or dangling
 * segment ids and bad weights, `ChainCycleError` when `feeds` is not a DAG or parents loop.
 *
 * @example
 * const graph = buildChainGraph({ id: 1, segments: [{ id: 10, parentId: null, stage: 'UPSTREAM', weight: 3 }], feeds: [] });
 * graph.selfAndAncestors.get(10); // [10]
 */
export function buildChainGraph(chain: ChainInput): ChainGraph {
  const segments = new Map<number, SegmentInput>();
  const hierarchy = new DirectedGraph<SegmentInput>();
  const feeds = new DirectedGraph();
  let totalWeight = 0;

  for (const segment of chain.segments) {
    if (segments.has(segment.id)) {
      throw new InvalidChainError(
        'DUPLICATE_SEGMENT',
        chain.id,
        [segment.id],
        `Segment ${segment.id} is listed twice`,
      );
    }
    // Completeness is a ratio of weights: a negative or NaN weight would make it meaningless.
    if (!Number.isFinite(segment.weight) || segment.weight < 0) {
      throw new InvalidChainError(
        'INVALID_WEIGHT',
        chain.id,
        [segment.id],
        `Segment ${segment.id} has weight ${segment.weight}`,
      );
    }
    segments.set(segment.id, segment);
    hierarchy.addNode(key(segment.id), segment);
    feeds.addNode(key(segment.id));
    totalWeight += segment.weight;
  }

  for (const segment of chain.segments) {
    if (segment.parentId === null) continue;
    requireSegment(chain.id, segments, segment.parentId);
    hierarchy.mergeEdge(key(segment.parentId), key(segment.id));
  }
  if (hasCycle(hierarchy)) throw new ChainCycleError(chain.id, 'parent', findCycle(hierarchy).map(Number));

  for (const feed of chain.feeds) {
    requireSegment(chain.id, segments, feed.from);
    requireSegment(chain.id, segments, feed.to);
    // Duplicate feeds rows carry no extra meaning, so they merge into one edge.
    feeds.mergeEdge(key(feed.from), key(feed.to));
  }
  if (hasCycle(feeds)) throw new ChainCycleError(chain.id, 'feeds', findCycle(feeds).map(Number));

  return {
    chainId: chain.id,
    segmentIds: chain.segments.map((segment) => segment.id),
    segments,
    hierarchy,
    feeds,
    selfAndAncestors: indexAncestors(segments),
    totalWeight,
  };
}

/**
 * The chain segments a firm counts for: the ones it operates in and all their ancestors, once each.
 * Ids of other chains are dropped, since the caller may pass a firm's full segment list.
 */
export function segmentsCountedFor(graph: ChainGraph, firmSegmentIds: readonly number[]): number[] {
  const counted: number[] = [];
  for (const segmentId of firmSegmentIds) {
    for (const id of graph.selfAndAncestors.get(segmentId) ?? []) {
      // A firm lists a handful of segments, so a linear `includes` beats allocating a Set.
      if (!counted.includes(id)) counted.push(id);
    }
  }
  return counted;
}

/** Segments that `segmentId` feeds directly. */
export function directlyFed(graph: ChainGraph, segmentId: number): number[] {
  return graph.feeds.outNeighbors(key(segmentId)).map(Number);
}

function key(segmentId: number): string {
  return String(segmentId);
}

function requireSegment(chainId: number, segments: ReadonlyMap<number, SegmentInput>, id: number): void {
  if (!segments.has(id)) {
    throw new InvalidChainError('UNKNOWN_SEGMENT', chainId, [id], `Segment ${id} is not in chain ${chainId}`);
  }
}

/** Safe only once parents are known to be acyclic; memoised, so O(segments × depth) in all. */
function indexAncestors(segments: ReadonlyMap<number, SegmentInput>): Map<number, readonly number[]> {
  const index = new Map<number, readonly number[]>();
  const resolve = (id: number): readonly number[] => {
    const known = index.get(id);
    if (known) return known;
    const parentId = segments.get(id)?.parentId ?? null;
    const list = parentId === null ? [id] : [id, ...resolve(parentId)];
    index.set(id, list);
    return list;
  };
  for (const id of segments.keys()) resolve(id);
  return index;
}
