/** Lead stages of DESIGN.md §6, in pipeline order, then the side states. */
export const LEAD_STAGES = [
  'LEAD',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'PAUSED',
  'LOST',
] as const;
