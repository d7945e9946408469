/**
 * What an audit entry of a project changed, for the project page's history. Project entries hold the
 * project row before and after; milestone and report entries hold `{ milestone }` or
 * `{ progressReport }` (see the services), so the subject names which one changed.
 */
export interface AuditChanges {
  /** 'project', 'milestone:CONSTRUCTION_START' or 'progressReport:2026-W48'. */
  subject: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

/** Bookkeeping columns, not changes a person made. */
const IGNORED = new Set([
  'id',
  'project_id',
  'zone_id',
  'version',
  'created_at',
  'updated_at',
  'created_by_id',
]);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The fields whose value differs between `before` and `after`, in camelCase, as text, by column name.
 *
 * @example
 * auditChangesOf({ name: 'a', version: 1 }, { name: 'b', version: 2 });
 * // { subject: 'project', changes: [{ field: 'name', before: 'a', after: 'b' }] }
 */
export function auditChangesOf(before: unknown, after: unknown): AuditChanges {
  let subject = 'project';
  let a = isObject(before) ? before : {};
  let b = isObject(after) ? after : {};
  if (isObject(b.milestone)) {
    subject = `milestone:${String(b.milestone.kind)}`;
    [a, b] = [isObject(a.milestone) ? a.milestone : {}, b.milestone];
  } else if (isObject(b.progressReport)) {
    subject = `progressReport:${String(b.progressReport.iso_week)}`;
    [a, b] = [isObject(a.progressReport) ? a.progressReport : {}, b.progressReport];
  }
  // Sorted: jsonb does not keep the order keys were written in.
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !IGNORED.has(f)).sort();
  return {
    subject,
    changes: fields
      .map((field) => ({ field: camel(field), before: text(a[field]), after: text(b[field]) }))
      .filter((change) => change.before !== change.after),
  };
}
