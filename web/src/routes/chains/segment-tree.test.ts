import { describe, expect, it } from 'vitest';
import type { ChainSegment } from '../../graphql/chains.ts';
import { buildStageTrees, countByStage, type SegmentNode } from './segment-tree.ts';

function segment(id: string, stage: ChainSegment['stage'], parentId?: string): ChainSegment {
  return {
    id,
    code: `S${id}`,
    name: `环节${id}`,
    nameEn: null,
    stage,
    weight: 3,
    parent: parentId ? { id: parentId } : null,
  };
}

const shape = (nodes: SegmentNode[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.segment.id]: shape(n.children) } : n.segment.id));

describe('buildStageTrees', () => {
  it('nests children under their parent within a stage, keeping the given order', () => {
    const trees = buildStageTrees([
      segment('3', 'MIDSTREAM'),
      segment('20', 'MIDSTREAM', '3'),
      segment('21', 'MIDSTREAM', '3'),
      segment('200', 'MIDSTREAM', '20'),
      segment('1', 'UPSTREAM'),
    ]);
    expect(shape(trees.MIDSTREAM)).toEqual([{ '3': [{ '20': ['200'] }, '21'] }]);
    expect(shape(trees.UPSTREAM)).toEqual(['1']);
    expect(trees.DOWNSTREAM).toEqual([]);
  });

  it('shows a segment whose parent sits at another stage as a root, naming the parent', () => {
    const trees = buildStageTrees([segment('8', 'DOWNSTREAM'), segment('30', 'MIDSTREAM', '8')]);
    expect(trees.MIDSTREAM[0]?.segment.id).toBe('30');
    expect(trees.MIDSTREAM[0]?.parentElsewhere?.id).toBe('8');
  });

  it('shows a segment whose parent is unknown as a root', () => {
    const trees = buildStageTrees([segment('30', 'MIDSTREAM', '999')]);
    expect(shape(trees.MIDSTREAM)).toEqual(['30']);
    expect(trees.MIDSTREAM[0]?.parentElsewhere).toBeUndefined();
  });

  it('never loses segments to a parent cycle in bad data', () => {
    const trees = buildStageTrees([segment('1', 'UPSTREAM', '2'), segment('2', 'UPSTREAM', '1')]);
    const all = JSON.stringify(shape(trees.UPSTREAM));
    expect(all).toContain('"1"');
    expect(all).toContain('2');
  });
});

describe('countByStage', () => {
  it('counts segments per stage', () => {
    expect(countByStage([{ stage: 'UPSTREAM' }, { stage: 'UPSTREAM' }, { stage: 'DOWNSTREAM' }])).toEqual({
      UPSTREAM: 2,
      MIDSTREAM: 0,
      DOWNSTREAM: 1,
    });
  });
});
