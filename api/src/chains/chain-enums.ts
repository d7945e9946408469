/** Segment stages of DESIGN.md §3, upstream to downstream. */
export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
