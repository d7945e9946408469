import type { Migration } from 'kysely';
import * as initialSchema from './20261127T1040_initial_schema';
import * as zoneRagRules from './20261127T1300_zone_rag_rules';
import * as digestSettings from './20261127T1400_digest_settings';
import * as firmNameInitials from './20261127T1405_firm_name_initials';
import * as leadsPipeline from './20261127T1410_leads_pipeline';
import * as imports from './20261127T1420_imports';
import * as graphChange from './20261127T1440_graph_change';
import * as rankingWeights from './20261127T1500_ranking_weights';
import * as firmSearchIndex from './20261127T1600_firm_search_index';
import * as rankingWeightsResetRow from './20261127T1620_ranking_weights_reset_row';
import * as graphChangeAnyFirmUpdate from './20261127T1630_graph_change_any_firm_update';

/**
 * Every migration, keyed by its timestamped name (Kysely runs them in key order).
 * Listed explicitly rather than read from the folder, so they run the same under tsx, vitest and a bundle.
 */
export const migrations: Record<string, Migration> = {
  '20261127T1040_initial_schema': initialSchema,
  '20261127T1300_zone_rag_rules': zoneRagRules,
  '20261127T1400_digest_settings': digestSettings,
  '20261127T1405_firm_name_initials': firmNameInitials,
  '20261127T1420_imports': imports,
  '20261127T1440_graph_change': graphChange,
  '20261127T1410_leads_pipeline': leadsPipeline,
  '20261127T1500_ranking_weights': rankingWeights,
  '20261127T1600_firm_search_index': firmSearchIndex,
  '20261127T1620_ranking_weights_reset_row': rankingWeightsResetRow,
  '20261127T1630_graph_change_any_firm_update': graphChangeAnyFirmUpdate,
};
