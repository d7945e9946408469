import { AppError } from '../errors';
import type { ProjectChanges, ProjectRow } from './project.repository';

/*
 * Validation of what users type into projects. Text is kept as typed (trimmed): HTML or a leading
 * "=" are stored as plain text, escaped by the web and written as text cells by the export, never
 * stripped, so nothing is lost.
 */

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { details: { field } });
}

/** Trimmed text of at most `max` characters; empty becomes null unless the field is required. */
export function cleanText(value: string | null, field: string, max: number, required = false): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw invalid(field, `${field} takes at most ${max} characters`);
  if (!text) {
    if (required) throw invalid(field, `${field} is required`);
    return null;
  }
  return text;
}

/** An amount in 万元 (or 亩): zero or more, below the column's limit. */
export function cleanAmount(value: number | null, field: string, max = 1e15): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value >= max) {
    throw invalid(field, `${field} must be an amount from 0`);
  }
  return value;
}

/** Throws VALIDATION when an actual date lies after today: what has not happened cannot be recorded. */
export function requireNotFuture(date: string | null, today: string, field: string): void {
  if (date !== null && date > today)
    throw invalid(field, `${field} cannot be in the future (today is ${today})`);
}

/** The editable fields of a project; a missing key leaves the field as it is, null clears it. */
export interface ProjectPatch {
  name?: string | null;
  totalInvestment?: number | null;
  fixedAssetInvestment?: number | null;
  investmentToDate?: number | null;
  landMu?: number | null;
  expectedAnnualOutput?: number | null;
  expectedAnnualTax?: number | null;
  accountableLeaderName?: string | null;
  accountableLeaderTitle?: string | null;
  accountableLeaderId?: number | null;
  responsibleUnit?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

const TEXT_FIELDS = {
  accountableLeaderName: ['accountable_leader_name', 50],
  accountableLeaderTitle: ['accountable_leader_title', 100],
  responsibleUnit: ['responsible_unit', 100],
  contactName: ['contact_name', 50],
  contactPhone: ['contact_phone', 50],
} as const;
const AMOUNT_FIELDS = {
  totalInvestment: 'total_investment',
  fixedAssetInvestment: 'fixed_asset_investment',
  landMu: 'land_mu',
  expectedAnnualOutput: 'expected_annual_output',
  expectedAnnualTax: 'expected_annual_tax',
} as const;

/**
 * The column changes of a patch, validated against the project as it is. Investment to date above
 * the total is refused (VALIDATION on investmentToDate): it is almost always 元 typed for 万元, and a
 * project that really grew raises its total in the same update. Fixed-asset investment is part of
 * the total, so it cannot exceed it either. Both checks run only when the patch touches a figure,
 * so an old imported row does not block an unrelated edit.
 */
export function projectChangesOf(patch: ProjectPatch, current: ProjectRow): ProjectChanges {
  const changes: ProjectChanges = {};
  if (patch.name !== undefined) changes.name = cleanText(patch.name, 'name', 200, true)!;
  for (const [key, [column, max]] of Object.entries(TEXT_FIELDS)) {
    const value = patch[key as keyof typeof TEXT_FIELDS];
    if (value !== undefined) changes[column] = cleanText(value, key, max);
  }
  for (const [key, column] of Object.entries(AMOUNT_FIELDS)) {
    const value = patch[key as keyof typeof AMOUNT_FIELDS];
    if (value !== undefined) changes[column] = cleanAmount(value, key, key === 'landMu' ? 1e10 : 1e15);
  }
  if (patch.investmentToDate !== undefined) {
    const toDate = cleanAmount(patch.investmentToDate, 'investmentToDate');
    if (toDate === null) throw invalid('investmentToDate', 'investmentToDate is required (0 when none)');
    changes.investment_to_date = toDate;
  }
  if (patch.accountableLeaderId !== undefined) changes.accountable_leader_id = patch.accountableLeaderId;

  const total = changes.total_investment !== undefined ? changes.total_investment : current.total_investment;
  const touchesFigures =
    patch.totalInvestment !== undefined ||
    patch.investmentToDate !== undefined ||
    patch.fixedAssetInvestment !== undefined;
  if (touchesFigures && total !== null) {
    const toDate = changes.investment_to_date ?? current.investment_to_date;
    const fixed =
      changes.fixed_asset_investment !== undefined
        ? changes.fixed_asset_investment
        : current.fixed_asset_investment;
    if (toDate > total) {
      throw new AppError(
        'VALIDATION',
        'Investment to date exceeds the total investment: raise the total first',
        {
          details: { field: 'investmentToDate', totalInvestment: total },
        },
      );
    }
    if (fixed !== null && fixed > total) {
      throw new AppError('VALIDATION', 'Fixed-asset investment exceeds the total investment', {
        details: { field: 'fixedAssetInvestment', totalInvestment: total },
      });
    }
  }
  return changes;
}
