/** Lead enums of DESIGN.md §4 and §6, declared once for the API (the migration's checks list the same). */
export const LEAD_STAGES = [
  'LEAD',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'PAUSED',
  'LOST',
] as const;
export const LEAD_SOURCES = ['ANCHOR_REFERRAL', 'EXPO', 'AGENCY', 'FUND', 'INBOUND', 'OTHER'] as const;
export const LEAD_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
