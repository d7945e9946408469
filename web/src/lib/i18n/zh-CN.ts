import { chainMap } from './zh-CN/chain-map.ts';
import { common } from './zh-CN/common.ts';
import { dashboard } from './zh-CN/dashboard.ts';
import { digests } from './zh-CN/digests.ts';
import { firms } from './zh-CN/firms.ts';
import { imports } from './zh-CN/imports.ts';
import { leads } from './zh-CN/leads.ts';
import { projectDetail } from './zh-CN/project-detail.ts';
import { projects } from './zh-CN/projects.ts';
import { ranking } from './zh-CN/ranking.ts';
import { settings } from './zh-CN/settings.ts';
import { supply } from './zh-CN/supply.ts';
import { zonesChains } from './zh-CN/zones-chains.ts';

/**
 * The default message catalogue (简体中文). Its keys are the source of truth: every other locale
 * must provide the same keys (see `Messages`). Keys follow the glossary's English names
 * (DESIGN.md §3); enum labels are keyed by the enum value, e.g. `role.OFFICER`, `stage.UPSTREAM`.
 * Parameters are written `{name}` and filled in by `translate()`.
 * The parts live in `zh-CN/`, one per domain.
 */
/** The domain parts, in one list so a test can check that no key is defined by two of them. */
export const zhCNParts = [
  common,
  zonesChains,
  settings,
  chainMap,
  supply,
  leads,
  projects,
  projectDetail,
  dashboard,
  ranking,
  digests,
  imports,
  firms,
] as const;

export const zhCN = {
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

/** Every message key; enum labels are `${prefix}.${EnumValue}`. */
export type MessageKey = keyof typeof zhCN;
/** The shape every locale's catalogue must have: exactly the keys of the default one. */
export type Messages = Record<MessageKey, string>;
