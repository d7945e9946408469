/**
 * The schema's enums, as TypeScript unions with their values listed for selects and filters.
 * Hand-written until GraphQL codegen covers the web client; keep in step with api/src/**\/*.graphql.
 */
export const ROLES = ['OFFICER', 'ZONE_MANAGER', 'LEADER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export type ApiLocale = 'ZH_CN' | 'EN';

export const ZONE_KINDS = ['HIGH_TECH', 'ECONOMIC', 'BONDED', 'OTHER'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export type ZoneLevel = 'NATIONAL' | 'PROVINCIAL';

export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Stage = (typeof STAGES)[number];

export const API_TOKEN_SCOPES = ['READ', 'READ_WRITE'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
