import { createHash, randomBytes } from 'node:crypto';

/**
 * A random secret with a recognisable prefix (`lzs_` sessions, `lzt_` API tokens), so a leaked
 * token found in a log or a repository is easy to identify and revoke.
 */
export function newSecretToken(prefix: 'lzs' | 'lzt'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as SHA-256: they are long and random, so a slow hash adds nothing. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
