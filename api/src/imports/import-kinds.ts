import { AppError } from '../errors';
import type { ImportKind, ImportKindHandler } from './import-kind';
import { firmImport } from './kinds/firm-import';
import { leadImport } from './kinds/lead-import';
import { projectImport } from './kinds/project-import';
import { supplyImport } from './kinds/supply-import';

export const IMPORT_HANDLERS: Record<ImportKind, ImportKindHandler<unknown>> = {
  FIRM: firmImport as ImportKindHandler<unknown>,
  SUPPLY: supplyImport as ImportKindHandler<unknown>,
  LEAD: leadImport as ImportKindHandler<unknown>,
  PROJECT: projectImport as ImportKindHandler<unknown>,
};

const NAMES: Record<string, ImportKind> = {
  firm: 'FIRM',
  firms: 'FIRM',
  supply: 'SUPPLY',
  supplies: 'SUPPLY',
  lead: 'LEAD',
  leads: 'LEAD',
  project: 'PROJECT',
  projects: 'PROJECT',
};

/** `firms`, `FIRM`, `supplies`... as an import kind; anything else is a VALIDATION error. */
export function parseImportKind(text: string): ImportKind {
  const kind = NAMES[text.toLowerCase()];
  if (!kind)
    throw new AppError(
      'VALIDATION',
      `Unknown import kind "${text}": use firms, supplies, leads or projects`,
      { details: { field: 'kind' } },
    );
  return kind;
}
