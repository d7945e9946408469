import { type RawBuilder, sql } from 'kysely';

/**
 * The words that make two names of one firm look different: legal forms and filler words. They are
 * stripped before names are compared for duplicates (比亚迪股份有限公司 ≈ 比亚迪有限公司). Longest first,
 * so that 股份有限公司 goes as a whole. Brackets such as (河北) are kept: they tell branches apart.
 */
export const FIRM_NAME_FILLERS = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团',
  '股份',
  '公司',
  '科技',
  '技术',
  '实业',
  '控股',
] as const;

const FILLER_PATTERN = `${FIRM_NAME_FILLERS.join('|')}|[[:space:]]`;
const FILLER_REGEX = new RegExp(`${FIRM_NAME_FILLERS.join('|')}|\\s`, 'g');

/**
 * A firm name without fillers, for comparing: `stripFirmName('比亚迪 股份有限公司')` → `比亚迪`.
 * Full-width brackets become half-width so that the two spellings compare equal.
 */
export function stripFirmName(name: string): string {
  return name.replace(/（/g, '(').replace(/）/g, ')').replace(FILLER_REGEX, '').toLowerCase();
}

/**
 * The same in SQL, for trigram similarity computed by the database. Applied to `firm.name` it is the
 * expression of the index firm_stripped_name_trgm_idx (migrations/20261127T1420_imports.ts): the
 * pattern is a literal, not a parameter, so that the planner matches it.
 */
export function strippedNameSql(column: RawBuilder<unknown> | ReturnType<typeof sql.ref>) {
  return sql<string>`lower(regexp_replace(replace(replace(${column}, '（', '('), '）', ')'), ${sql.lit(FILLER_PATTERN)}, '', 'g'))`;
}

/** Names whose stripped forms are at least this similar (pg_trgm similarity, 0..1) are listed. */
export const DUPLICATE_SIMILARITY = 0.7;
