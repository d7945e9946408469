import { chainMap } from './en/chain-map.ts';
import { common } from './en/common.ts';
import { dashboard } from './en/dashboard.ts';
import { digests } from './en/digests.ts';
import { firms } from './en/firms.ts';
import { imports } from './en/imports.ts';
import { leads } from './en/leads.ts';
import { projectDetail } from './en/project-detail.ts';
import { projects } from './en/projects.ts';
import { ranking } from './en/ranking.ts';
import { settings } from './en/settings.ts';
import { supply } from './en/supply.ts';
import { zonesChains } from './en/zones-chains.ts';
import type { Messages } from './zh-CN.ts';

/**
 * English catalogue, assembled from the parts in `en/`. Typed as `Messages`, so a missing or extra
 * key fails the type check (and each part is typed by its zh-CN counterpart).
 */
export const en: Messages = {
  ...common,
  ...zonesChains,
  ...settings,
  ...chainMap,
  ...supply,
  ...leads,
  ...projects,
  ...projectDetail,
  ...dashboard,
  ...ranking,
  ...digests,
  ...imports,
  ...firms,
};
