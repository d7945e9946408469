import { untrack } from 'svelte';

/**
 * A search box's text, handed to `apply` once typing pauses (300 ms), and following the URL's
 * search when it changes otherwise (back button, a link). Create it while a component
 * initialises (it uses `$effect`); bind the input to `value`.
 *
 * @example
 * const search = new DebouncedSearch(() => requested.search, (value) => apply({ search: value }));
 */
export class DebouncedSearch {
  value = $state('');

  constructor(fromUrl: () => string, apply: (value: string) => void) {
    this.value = untrack(fromUrl);
    $effect(() => {
      const value = this.value;
      const timer = setTimeout(() => apply(value), 300);
      return () => clearTimeout(timer);
    });
    $effect(() => {
      const url = fromUrl();
      untrack(() => {
        if (url.trim() !== this.value.trim()) this.value = url;
      });
    });
  }
}
