import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { Logger } from '../logger';
import { previousIsoWeek } from '../metrics/periods';
import { takeWeeklySnapshots } from '../metrics/snapshots';
import { type DigestScheduler, startDigestScheduler } from './digest-scheduler';
import { createDigestTransport } from './digest-transport';

/**
 * The server's one hook into the weekly jobs (digests, and the metric snapshots that run at the same
 * moment): starts the scheduler with the configured transport (unless
 * DIGEST_CRON=off) and returns how to stop both, which `close()` awaits before the database closes.
 */
export function startDigestJobs(deps: { db: Kysely<Database>; config: Config; log: Logger }): {
  scheduler: DigestScheduler | null;
  stop(): Promise<void>;
} {
  if (deps.config.digestCron === 'off') return { scheduler: null, stop: async () => {} };
  const transport = createDigestTransport(deps.config);
  const scheduler = startDigestScheduler(
    { ...deps, transport },
    {
      pattern: deps.config.digestCron,
      // Monday morning is also when last week is over: its metric snapshot feeds trends and
      // "change since last week" on dashboards, the ranking and the digests.
      onWeekStart: async (week) => {
        const result = await takeWeeklySnapshots(deps.db, previousIsoWeek(week));
        deps.log.info(result, 'weekly metric snapshots taken');
      },
    },
  );
  return {
    scheduler,
    stop: async () => {
      await scheduler.stop();
      transport.close();
    },
  };
}
