import type { TypedDocumentNode } from '@urql/core';
import { untrack } from 'svelte';
import { type MorePages, pagesFor, withMorePage } from './connection-pages.ts';
import { type AppError, fromCombinedError } from './errors.ts';
import { graphqlClient } from './graphql-client.ts';
import { Query } from './query.svelte.ts';

/** What a page of a GraphQL connection needs for "load more". */
export interface ConnectionPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The variables of a paged list query. */
export interface PageVariables<Filter> {
  filter: Filter;
  first: number;
  after: string | null;
}

export interface PagedConnectionOptions<Data, Filter, Page> {
  /** The current filter (reactive); another filter starts again from its first page. */
  filter: () => Filter;
  pageSize: number;
  /** The connection in a query's answer, e.g. `(data) => data.leads`. */
  page: (data: Data) => Page;
}

/**
 * A paged list: its first page from a `Query` (live, refetchable), then the pages asked for with
 * `loadMore()`, for the current filter only. Create it while a component initialises (it uses
 * `$effect`).
 *
 * @example
 * const list = new PagedConnection(LEADS_QUERY, { filter: () => filter, pageSize: 50, page: (data) => data.leads });
 * const rows = $derived(mergeLeadPages(list.pages));
 */
export class PagedConnection<Data, Filter, Page extends ConnectionPage> {
  readonly firstPage: Query<Data, PageVariables<Filter>>;
  loadingMore = $state(false);
  /** Why the last `loadMore()` failed, until the next one. */
  moreError = $state.raw<AppError | undefined>();
  #document: TypedDocumentNode<Data, PageVariables<Filter>>;
  #options: PagedConnectionOptions<Data, Filter, Page>;
  #more = $state.raw<MorePages<Page>>({ key: '', pages: [] });
  /** The current filter as a key, to tell the pages of one filter from another's. */
  #key: string;
  /** The pages shown, the first one first; none until the first one arrives. */
  readonly pages: Page[];
  readonly lastPage: Page | undefined;

  constructor(
    document: TypedDocumentNode<Data, PageVariables<Filter>>,
    options: PagedConnectionOptions<Data, Filter, Page>,
  ) {
    this.#document = document;
    this.#options = options;
    this.firstPage = new Query(document, () => ({
      filter: options.filter(),
      first: options.pageSize,
      after: null,
    }));
    this.#key = $derived(JSON.stringify(options.filter()));
    this.pages = $derived(
      pagesFor(this.firstPage.data && options.page(this.firstPage.data), this.#more, this.#key),
    );
    this.lastPage = $derived(this.pages.at(-1));
    // Another filter starts again from its first page.
    $effect(() => {
      const key = this.#key;
      untrack(() => {
        if (this.#more.key !== key) this.#more = { key, pages: [] };
      });
    });
  }

  /** Asks for the page after the last one shown (bound, so it can be passed as a handler). */
  loadMore = async (): Promise<void> => {
    const cursor = this.lastPage?.pageInfo.endCursor;
    if (!cursor || this.loadingMore) return;
    const key = this.#key;
    this.loadingMore = true;
    this.moreError = undefined;
    const result = await graphqlClient()
      .query(
        this.#document,
        { filter: this.#options.filter(), first: this.#options.pageSize, after: cursor },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    this.loadingMore = false;
    if (key !== this.#key) return;
    if (result.error || !result.data) {
      this.moreError = result.error ? fromCombinedError(result.error) : { code: 'INTERNAL' };
      return;
    }
    this.#more = withMorePage(this.#more, key, this.#options.page(result.data));
  };
}
