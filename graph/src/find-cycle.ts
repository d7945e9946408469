import type { DirectedGraph } from 'graphology';

/**
 * One cycle of a directed graph as a list of node keys (empty when there is none).
 * `hasCycle` only answers yes or no; an administrator fixing the taxonomy needs to know where.
 * Iterative depth-first search, so a long chain of segments cannot overflow the stack.
 *
 * @example
 * findCycle(graphWithEdges([['1', '2'], ['2', '1']])) // ['1', '2']
 */
export function findCycle(graph: DirectedGraph): string[] {
  const onPathOrDone = new Map<string, 'onPath' | 'done'>();
  for (const root of graph.nodes()) {
    if (onPathOrDone.has(root)) continue;
    const path: string[] = [root];
    const frames = [{ node: root, next: graph.outNeighbors(root), index: 0 }];
    onPathOrDone.set(root, 'onPath');
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.index >= frame.next.length) {
        onPathOrDone.set(frame.node, 'done');
        frames.pop();
        path.pop();
        continue;
      }
      const neighbour = frame.next[frame.index++]!;
      const state = onPathOrDone.get(neighbour);
      if (state === 'onPath') return path.slice(path.indexOf(neighbour));
      if (state === undefined) {
        onPathOrDone.set(neighbour, 'onPath');
        path.push(neighbour);
        frames.push({ node: neighbour, next: graph.outNeighbors(neighbour), index: 0 });
      }
    }
  }
  return [];
}
