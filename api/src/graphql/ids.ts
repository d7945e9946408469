import { AppError } from '../errors';

/** Parses a GraphQL `ID` argument into a database id; a malformed one is a `VALIDATION` error. */
export function parseId(value: string | number, field = 'id'): number {
  const id = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new AppError('VALIDATION', `"${field}" is not a valid id`, { details: { field } });
  }
  return id;
}
