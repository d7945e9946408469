import { untrack } from 'svelte';
import { ZONE_MEMBERS_QUERY, type ZoneMember } from '../../graphql/lead-mutations.ts';
import { type AppError, fromCombinedError } from '../../lib/errors.ts';
import { graphqlClient } from '../../lib/graphql-client.ts';

/**
 * The people a zone's leads may be assigned to (`zoneMembers`), for the zone `zoneId()` returns;
 * nothing is asked while it returns null (no zone chosen yet, or leads of several zones). Create
 * it while a component initialises (it uses `$effect`).
 */
export class ZoneMembers {
  members = $state.raw<ZoneMember[]>([]);
  loading = $state(false);
  error = $state.raw<AppError | undefined>();
  #zoneId: () => string | null;
  /** Bumped for every request, so an answer for an earlier zone is dropped. */
  #generation = 0;

  constructor(zoneId: () => string | null) {
    this.#zoneId = zoneId;
    $effect(() => {
      const id = zoneId();
      untrack(() => void this.#load(id));
    });
  }

  /** Asks again (a "Try again" button). */
  reload = (): void => {
    void this.#load(untrack(this.#zoneId));
  };

  async #load(zoneId: string | null): Promise<void> {
    this.#generation += 1;
    const generation = this.#generation;
    this.error = undefined;
    if (zoneId === null) {
      this.members = [];
      this.loading = false;
      return;
    }
    this.loading = true;
    const result = await graphqlClient()
      .query(ZONE_MEMBERS_QUERY, { zoneId }, { requestPolicy: 'cache-and-network' })
      .toPromise();
    if (generation !== this.#generation) return;
    this.loading = false;
    if (result.error) {
      this.error = fromCombinedError(result.error);
      this.members = [];
    } else {
      this.members = result.data?.zoneMembers ?? [];
    }
  }
}
