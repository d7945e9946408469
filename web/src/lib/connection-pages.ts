/**
 * The pages of a list loaded after its first one, tagged with the key of the filter they were
 * loaded for: pages of another filter never mix into the list.
 */
export interface MorePages<Page> {
  key: string;
  pages: readonly Page[];
}

/** The extra pages loaded for `key`: none if they belong to another filter. */
export function morePagesFor<Page>(more: MorePages<Page>, key: string): readonly Page[] {
  return more.key === key ? more.pages : [];
}

/** `more` with one more page for `key` (starting again if it held another filter's pages). */
export function withMorePage<Page>(more: MorePages<Page>, key: string, page: Page): MorePages<Page> {
  return { key, pages: [...morePagesFor(more, key), page] };
}

/** Every page shown for `key`: the first one, then those loaded since; none before the first. */
export function pagesFor<Page>(first: Page | undefined, more: MorePages<Page>, key: string): Page[] {
  return first ? [first, ...morePagesFor(more, key)] : [];
}
