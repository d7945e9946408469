/** Firm tags of DESIGN.md §3, declared once for the API (the migration's check lists the same). */
export const FIRM_TAGS = ['ANCHOR', 'SPECIALIZED', 'LITTLE_GIANT', 'HIGH_TECH', 'LISTED'] as const;
