/** Foreign keys guarantee these rows; a null here is a bug (masked as INTERNAL), not a user error. */
export function mustExist<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) throw new Error('referenced row is missing');
  return row;
}
