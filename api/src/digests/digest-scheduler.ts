import { Cron } from 'croner';
import { shanghaiIsoWeek } from '../projects/rag';
import { type DigestDeps, deliverDue, enqueueWeek } from './digest-runner';
import { digestWeek } from './digest-week';

/** Digests are scheduled in China's time, whatever the server's TZ. */
export const DIGEST_TIMEZONE = 'Asia/Shanghai';
/** How often each instance looks for due retries and expired leases. */
export const POLL_MS = 60_000;
/** An instance that was down at fire time still queues the week if it starts within this window. */
export const CATCH_UP_MS = 24 * 3_600_000;

/**
 * When the digest job fires next after `from`, for a cron pattern read in Asia/Shanghai time.
 *
 * @example
 * nextDigestRun('0 8 * * 1', new Date('2026-11-27T12:00:00Z')); // 2026-11-30T00:00:00.000Z (Mon 08:00 CST)
 */
export function nextDigestRun(pattern: string, from: Date): Date | null {
  return new Cron(pattern, { timezone: DIGEST_TIMEZONE, paused: true }).nextRun(from);
}

export interface DigestScheduler {
  /** The next Monday-morning run. */
  nextRun(): Date | null;
  /** Stops ticking and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Every instance runs this. At each fire time it queues the current week (idempotent: the unique
 * (user, week) key means N instances queue it once) and sends what is due (claims never overlap).
 * Between fire times it polls for retries and for digests whose sender died; and if every instance
 * was down at fire time, the first poll within a day after still queues the week (catch-up). Later
 * than that a week is run by hand (`pnpm digest --week`), so a server started on a Friday does not
 * surprise anyone with Monday's mail.
 */
export function startDigestScheduler(
  deps: DigestDeps,
  options: {
    pattern: string;
    pollMs?: number;
    /**
     * Other weekly work that belongs to the same Monday-morning moment (the metric snapshots), run
     * before the week's digests are queued, at most once per week on each instance. It must be
     * idempotent, since every instance runs it; a failure is logged and does not hold the digests back.
     */
    onWeekStart?: (isoWeek: string) => Promise<void>;
  },
): DigestScheduler {
  const now = () => deps.now?.() ?? new Date();
  let running: Promise<void> | null = null;
  let stopped = false;
  let weekStarted: string | undefined;

  const cron = new Cron(options.pattern, { timezone: DIGEST_TIMEZONE, paused: true });

  // One pass at a time per instance; a tick during a pass is skipped (the next poll catches up).
  function pass(enqueue: boolean): Promise<void> {
    if (running || stopped) return running ?? Promise.resolve();
    running = (async () => {
      try {
        const at = now();
        const week = shanghaiIsoWeek(at);
        const lastFire = cron.previousRuns(1, at)[0];
        const missedFire =
          lastFire !== undefined &&
          at.getTime() - lastFire.getTime() < CATCH_UP_MS &&
          shanghaiIsoWeek(lastFire) === week;
        if (enqueue || missedFire) {
          if (options.onWeekStart && weekStarted !== week) {
            weekStarted = week;
            await options.onWeekStart(week).catch((error: unknown) => {
              deps.log.error({ err: error, week }, 'weekly job failed');
            });
          }
          await enqueueWeek(deps, digestWeek(week));
        }
        await deliverDue(deps);
      } catch (error) {
        deps.log.error({ err: error }, 'digest run failed');
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const tick = new Cron(options.pattern, { timezone: DIGEST_TIMEZONE, protect: true }, () => pass(true));
  const poll = setInterval(() => void pass(false), options.pollMs ?? POLL_MS);
  poll.unref();
  deps.log.info(
    { pattern: options.pattern, next: tick.nextRun()?.toISOString() },
    'digest scheduler started',
  );

  return {
    nextRun: () => tick.nextRun(),
    stop: async () => {
      stopped = true;
      tick.stop();
      cron.stop();
      clearInterval(poll);
      await running;
    },
  };
}
