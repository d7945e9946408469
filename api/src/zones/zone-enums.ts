/** Zone kinds and levels of DESIGN.md §3, declared once for the API. */
export const ZONE_KINDS = ['HIGH_TECH', 'ECONOMIC', 'BONDED', 'OTHER'] as const;
export const ZONE_LEVELS = ['NATIONAL', 'PROVINCIAL'] as const;
