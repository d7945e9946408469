import { pino } from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs (pino); secrets that may appear in request logs are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'lianzhao-api' },
    redact: ['password', '*.password', 'token', '*.token', 'headers.cookie', 'headers.authorization'],
  });
}
