// What the tests and tools use of the digests module.
export { sharedSecret } from './app-secret.repository';
export { claimDueDigests } from './digest.repository';
export {
  type DigestDeps,
  deliverDue,
  enqueueWeek,
  LEASE_MS,
  MAX_ATTEMPTS,
  retryDelayMs,
  runWeek,
} from './digest-runner';
export { DIGEST_TIMEZONE, nextDigestRun, startDigestScheduler } from './digest-scheduler';
export { createDigestTransport, outboxDir } from './digest-transport';
export { digestWeek } from './digest-week';
export { signUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS } from './unsubscribe-token';
