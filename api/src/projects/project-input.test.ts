import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { ProjectRow } from './project.repository';
import { cleanText, projectChangesOf, requireNotFuture } from './project-input';

const current = {
  total_investment: 10_000,
  fixed_asset_investment: 8_000,
  investment_to_date: 4_000,
} as ProjectRow;

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION') return String(error.details?.field);
    throw error;
  }
  return undefined;
}

describe('project input', () => {
  it('keeps text as typed, trimmed: HTML and formulas are text', () => {
    expect(cleanText('  <script>x</script>  ', 'name', 200)).toBe('<script>x</script>');
    expect(cleanText('=HYPERLINK("x")', 'name', 200)).toBe('=HYPERLINK("x")');
    expect(cleanText('   ', 'contactName', 50)).toBeNull();
    expect(fieldOf(() => cleanText(' ', 'name', 200, true))).toBe('name');
    expect(fieldOf(() => cleanText('x'.repeat(201), 'name', 200))).toBe('name');
  });

  it('maps a patch to columns, leaving missing keys alone and clearing nulls', () => {
    expect(projectChangesOf({ name: ' 新名 ', responsibleUnit: null, landMu: 12.5 }, current)).toEqual({
      name: '新名',
      responsible_unit: null,
      land_mu: 12.5,
    });
    expect(projectChangesOf({}, current)).toEqual({});
  });

  it.each([
    [{ investmentToDate: 10_000.01 }, 'investmentToDate'],
    [{ totalInvestment: 3_000 }, 'investmentToDate'],
    [{ fixedAssetInvestment: 12_000 }, 'fixedAssetInvestment'],
    [{ investmentToDate: null }, 'investmentToDate'],
    [{ landMu: -1 }, 'landMu'],
    [{ expectedAnnualTax: Number.NaN }, 'expectedAnnualTax'],
    [{ name: null }, 'name'],
  ])('refuses %j (field %s)', (patch, field) => {
    expect(fieldOf(() => projectChangesOf(patch, current))).toBe(field);
  });

  it('accepts investment to date equal to the total, or above the old total when the total rises with it', () => {
    expect(fieldOf(() => projectChangesOf({ investmentToDate: 10_000 }, current))).toBeUndefined();
    expect(
      fieldOf(() => projectChangesOf({ totalInvestment: 20_000, investmentToDate: 15_000 }, current)),
    ).toBeUndefined();
  });

  it('does not let an old inconsistency block an edit that touches no figure', () => {
    const imported = { ...current, investment_to_date: 12_000 } as ProjectRow;
    expect(fieldOf(() => projectChangesOf({ name: '改名' }, imported))).toBeUndefined();
  });

  it('refuses an actual date after today, allowing today itself', () => {
    expect(fieldOf(() => requireNotFuture('2026-11-24', '2026-11-23', 'actualOn'))).toBe('actualOn');
    expect(fieldOf(() => requireNotFuture('2026-11-23', '2026-11-23', 'actualOn'))).toBeUndefined();
    expect(fieldOf(() => requireNotFuture(null, '2026-11-23', 'actualOn'))).toBeUndefined();
  });
});
