/**
 * Narrows a database string to one of an enum's values. The database's CHECK constraints make a
 * mismatch impossible short of a bug, so it throws rather than guessing.
 *
 * @example
 * const role = oneOf(ROLES, row.role); // 'OFFICER' | 'ZONE_MANAGER' | ...
 */
export function oneOf<T extends string>(values: readonly T[], value: string): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new Error(`"${value}" is not one of ${values.join(', ')}`);
}
