import { type RawBuilder, sql } from 'kysely';
import { AppError } from '../errors';

/*
 * How the leads table sorts and pages. Keyset pagination on (sort value, id): the cursor carries the
 * last row's sort value and id, and the next page starts strictly after that pair, so leads added,
 * moved or edited between two pages never make a page skip or repeat one. Every sort expression is
 * non-null (a missing date or amount sorts last in either direction), so the row comparison
 * `(value, id) > (cursor value, cursor id)` is total.
 */

export const LEAD_ORDER_FIELDS = [
  'UPDATED_AT',
  'CREATED_AT',
  'NEXT_FOLLOW_UP_ON',
  'PLANNED_INVESTMENT',
  'FIRM_NAME',
  'STAGE',
  'PRIORITY',
] as const;
export type LeadOrderField = (typeof LEAD_ORDER_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';

export interface LeadOrder {
  field: LeadOrderField | 'DELETED_AT';
  direction: SortDirection;
}

export const DEFAULT_LEAD_ORDER: LeadOrder = { field: 'UPDATED_AT', direction: 'DESC' };

type SqlType = 'timestamptz' | 'date' | 'numeric' | 'text' | 'integer';

/** The SQL of a sort: a non-null expression over `lead` and `firm`, and the type its cursor value casts to. */
export function sortOf(order: LeadOrder): { expression: RawBuilder<unknown>; type: SqlType } {
  const asc = order.direction === 'ASC';
  switch (order.field) {
    case 'UPDATED_AT':
      return { expression: sql`lead.updated_at`, type: 'timestamptz' };
    case 'CREATED_AT':
      return { expression: sql`lead.created_at`, type: 'timestamptz' };
    case 'DELETED_AT':
      return { expression: sql`lead.deleted_at`, type: 'timestamptz' };
    case 'NEXT_FOLLOW_UP_ON':
      return {
        expression: sql`coalesce(lead.next_follow_up_on, ${sql.raw(asc ? "date '9999-12-31'" : "date '0001-01-01'")})`,
        type: 'date',
      };
    case 'PLANNED_INVESTMENT':
      return {
        expression: sql`coalesce(lead.planned_investment, ${sql.raw(asc ? '1e18' : '-1')})`,
        type: 'numeric',
      };
    case 'FIRM_NAME':
      return { expression: sql`firm.name`, type: 'text' };
    case 'STAGE':
      // Pipeline order: DESC puts the furthest stage first.
      return {
        expression: sql`CASE lead.stage WHEN 'LEAD' THEN 1 WHEN 'CONTACTED' THEN 2 WHEN 'VISITED' THEN 3
          WHEN 'NEGOTIATING' THEN 4 WHEN 'SIGNED' THEN 5 WHEN 'PAUSED' THEN 6 ELSE 7 END`,
        type: 'integer',
      };
    case 'PRIORITY':
      // DESC puts HIGH first.
      return {
        expression: sql`CASE lead.priority WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END`,
        type: 'integer',
      };
  }
}

/** The condition "after the cursor" for the order: `(value, id) > (…)` ascending, `<` descending. */
export function afterCursor(order: LeadOrder, cursor: LeadCursor): RawBuilder<boolean> {
  const { expression, type } = sortOf(order);
  const op = sql.raw(order.direction === 'ASC' ? '>' : '<');
  return sql<boolean>`(${expression}, lead.id) ${op} (cast(${cursor.value} as ${sql.raw(type)}), ${cursor.id})`;
}

export interface LeadCursor {
  value: string;
  id: number;
}

const VALUE_SHAPES: Record<SqlType, RegExp> = {
  timestamptz: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  numeric: /^-?\d{1,20}(\.\d{1,10})?(e\d{1,2})?$/,
  integer: /^\d{1,2}$/,
  text: /^[\s\S]{0,1000}$/,
};

/** An opaque cursor: the order it belongs to, the row's sort value (as SQL text) and its id. */
export function encodeLeadCursor(order: LeadOrder, value: string, id: number): string {
  return Buffer.from(JSON.stringify([order.field, order.direction, value, id])).toString('base64url');
}

/**
 * The cursor's value and id, when it was given out for this very order; anything else (a forged or
 * damaged cursor, one of another order) is VALIDATION, never a database error.
 */
export function decodeLeadCursor(cursor: string | null | undefined, order: LeadOrder): LeadCursor | null {
  if (cursor == null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parsed = null;
  }
  const refuse = (why: string) =>
    new AppError('VALIDATION', `"after" ${why}`, { details: { field: 'after' } });
  if (!Array.isArray(parsed) || parsed.length !== 4) throw refuse('is not a cursor this API gave out');
  const [field, direction, value, id] = parsed as unknown[];
  if (typeof value !== 'string' || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw refuse('is not a cursor this API gave out');
  }
  if (field !== order.field || direction !== order.direction) {
    throw refuse('belongs to another sort order: start again from the first page');
  }
  if (!VALUE_SHAPES[sortOf(order).type].test(value)) throw refuse('is not a cursor this API gave out');
  return { value, id };
}
