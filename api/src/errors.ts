/** The codes clients can rely on; the web translates them (`error.<CODE>`). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'RATE_LIMITED',
  /** The database cannot be reached right now (restart, failover): safe to retry. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error class of the application. Services throw it for every expected failure; anything
 * else that escapes is a bug, logged and masked as `INTERNAL`.
 *
 * @example
 * throw new AppError('NOT_FOUND', 'Zone not found', { details: { zoneId } });
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe, structured facts for the client (field names, the current version...). */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

/** The HTTP status of each code: one mapping, used by REST routes and by GraphQL alike. */
export function httpStatusOf(code: ErrorCode): 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503 {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'VALIDATION':
      return 400;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'UNAVAILABLE':
      return 503;
    case 'INTERNAL':
      return 500;
    default:
      return assertUnreachable(code);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
