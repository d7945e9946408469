import type { CombinedError } from '@urql/core';

/**
 * Every failure the UI can explain. The first seven are the API's `extensions.code` values;
 * INVALID_CREDENTIALS and RATE_LIMITED come from /auth; NETWORK means no usable answer arrived.
 * Each has a message `error.<CODE>` in the catalogues.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'NETWORK',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure as the UI shows it: a code to translate, and the server's message as a detail. */
export interface AppError {
  code: ErrorCode;
  message?: string;
  /** The server's structured facts (`extensions.details`), e.g. `existingLeadId` on a CONFLICT. */
  details?: Record<string, unknown>;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Reduces urql's CombinedError to the first GraphQL error's code. Errors without a known code
 * (masked server errors, the CSRF guard) count as INTERNAL; transport failures as NETWORK.
 */
export function fromCombinedError(error: CombinedError): AppError {
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions?.code;
    const details = first.extensions?.details;
    return {
      code: isErrorCode(code) ? code : 'INTERNAL',
      message: first.message,
      ...(isRecord(details) ? { details } : {}),
    };
  }
  return { code: 'NETWORK' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether any GraphQL error in the result says the session is missing or over. */
export function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
