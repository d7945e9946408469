import { untrack } from 'svelte';
import { LEADS_QUERY, type LeadFilter, type LeadListItem, type LeadOrder } from '../../graphql/leads.ts';
import { type AppError, fromCombinedError } from '../../lib/errors.ts';
import { graphqlClient } from '../../lib/graphql-client.ts';

/** What a list of leads asks for: a filter and an order (null: the API's default). */
export interface LeadListVariables {
  filter: LeadFilter;
  orderBy: LeadOrder | null;
}

/**
 * The leads of a filter and order, a page at a time (`loadMore()`), as one array of rows that the
 * board and the table can also change in place after a move (`remove`, `put`). Another filter or
 * order starts again from its first page; an answer for an earlier one is dropped. Create it while
 * a component initialises (it uses `$effect`).
 *
 * Unlike `PagedConnection` it passes `orderBy`, and always asks the network: after a move or an
 * edit the order and the filter's members change, so a cached page would be wrong.
 */
export class LeadPages {
  rows = $state.raw<LeadListItem[]>([]);
  totalCount = $state(0);
  hasMore = $state(false);
  /** True until the first page of the current variables arrives. */
  loadingFirst = $state(true);
  loadingMore = $state(false);
  /** Why the first page failed (nothing to show then). */
  error = $state.raw<AppError | undefined>();
  /** Why the last `loadMore()` failed. */
  moreError = $state.raw<AppError | undefined>();
  #variables: () => LeadListVariables | null;
  #pageSize: number;
  #cursor: string | null = null;
  #key: string | undefined;
  /** Bumped for every new start, so answers for older variables are ignored. */
  #generation = 0;

  /** `variables` returning null: nothing to fetch for now (e.g. the table while the board shows). */
  constructor(variables: () => LeadListVariables | null, pageSize: number) {
    this.#variables = variables;
    this.#pageSize = pageSize;
    $effect(() => {
      const vars = variables();
      const key = JSON.stringify(vars);
      if (!vars || key === this.#key) return;
      this.#key = key;
      untrack(() => void this.#start(vars));
    });
  }

  /** Starts again from the first page (e.g. after a change elsewhere). */
  reload = (): void => {
    const vars = untrack(this.#variables);
    if (vars) void this.#start(vars);
  };

  /** Asks for the next page (bound, so it can be passed as a handler). */
  loadMore = async (): Promise<void> => {
    if (!this.hasMore || this.loadingMore || this.loadingFirst || !this.#cursor) return;
    const vars = untrack(this.#variables);
    if (!vars) return;
    const generation = this.#generation;
    this.loadingMore = true;
    this.moreError = undefined;
    const outcome = await this.#fetch(vars, this.#cursor);
    if (generation !== this.#generation) return;
    this.loadingMore = false;
    if ('error' in outcome) {
      this.moreError = outcome.error;
      return;
    }
    const seen = new Set(this.rows.map((row) => row.id));
    this.rows = [...this.rows, ...outcome.rows.filter((row) => !seen.has(row.id))];
    this.#apply(outcome);
  };

  /** Takes a lead off the list (it moved to another column, or out of the filter). */
  remove(id: string): void {
    if (!this.rows.some((row) => row.id === id)) return;
    this.rows = this.rows.filter((row) => row.id !== id);
    this.totalCount = Math.max(0, this.totalCount - 1);
  }

  /** Puts a lead on top of the list, or replaces it where it is. */
  put(lead: LeadListItem): void {
    const index = this.rows.findIndex((row) => row.id === lead.id);
    if (index >= 0) {
      this.rows = this.rows.map((row) => (row.id === lead.id ? lead : row));
      return;
    }
    this.rows = [lead, ...this.rows];
    this.totalCount += 1;
  }

  async #start(vars: LeadListVariables): Promise<void> {
    this.#generation += 1;
    const generation = this.#generation;
    this.loadingFirst = true;
    this.loadingMore = false;
    this.error = undefined;
    this.moreError = undefined;
    const outcome = await this.#fetch(vars, null);
    if (generation !== this.#generation) return;
    this.loadingFirst = false;
    if ('error' in outcome) {
      this.error = outcome.error;
      this.rows = [];
      return;
    }
    this.rows = outcome.rows;
    this.#apply(outcome);
  }

  #apply(page: { totalCount: number; hasMore: boolean; cursor: string | null }): void {
    this.totalCount = page.totalCount;
    this.hasMore = page.hasMore;
    this.#cursor = page.cursor;
  }

  async #fetch(
    vars: LeadListVariables,
    after: string | null,
  ): Promise<
    | { rows: LeadListItem[]; totalCount: number; hasMore: boolean; cursor: string | null }
    | { error: AppError }
  > {
    const result = await graphqlClient()
      .query(
        LEADS_QUERY,
        { filter: vars.filter, orderBy: vars.orderBy, first: this.#pageSize, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) return { error: fromCombinedError(result.error) };
    if (!result.data) return { error: { code: 'INTERNAL' } };
    const page = result.data.leads;
    return {
      rows: page.edges.map((edge) => edge.node),
      totalCount: page.totalCount,
      hasMore: page.pageInfo.hasNextPage,
      cursor: page.pageInfo.endCursor,
    };
  }
}
