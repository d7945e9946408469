import { AppError } from '../errors';

// SQLSTATEs of a server that is going away or not accepting connections yet: class 08 (connection
// exception) and 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
// node-postgres reports a dropped connection or a pool timeout with a message only.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/;

/**
 * True when an error means the database could not be reached or dropped the connection (a restart, a
 * failover), so the same request may well succeed if retried. Follows `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    // AggregateError (a connect that tried IPv4 and IPv6) holds its reasons in `errors`.
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.some((x) => isDatabaseUnavailable(x))) return true;
    e = cause;
  }
  return false;
}

/** The error clients see when the database is unreachable: retryable, unlike INTERNAL. */
export function databaseUnavailableError(cause: unknown): AppError {
  return new AppError('UNAVAILABLE', 'The database is unavailable at the moment. Please try again shortly.', {
    cause,
  });
}

/** True for PostgreSQL's unique_violation (23505), optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const {
    code,
    constraint: name,
    message,
  } = error as { code?: string; constraint?: string; message?: string };
  if (code !== '23505') return false;
  // pg names the constraint; PGlite only mentions it in the message.
  return constraint === undefined || name === constraint || Boolean(message?.includes(constraint));
}
