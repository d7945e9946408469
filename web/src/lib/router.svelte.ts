/**
 * A small History API router: the current path and query as reactive state, and `navigate()`.
 * Plain `<a href="/zones">` links work everywhere: `interceptLinkClicks` turns same-origin clicks
 * into `navigate()` calls (the server answers every unknown non-API path with index.html).
 */
class Router {
  path = $state(location.pathname);
  search = $state(location.search);

  constructor() {
    window.addEventListener('popstate', () => this.#sync());
  }

  /** The current query string, parsed. */
  get query(): URLSearchParams {
    return new URLSearchParams(this.search);
  }

  /** The path and query, e.g. to come back here after signing in. */
  get location(): string {
    return this.path + this.search;
  }

  navigate(to: string, options: { replace?: boolean } = {}): void {
    if (to === this.location) return;
    if (options.replace) history.replaceState(null, '', to);
    else history.pushState(null, '', to);
    this.#sync();
    if (!options.replace) window.scrollTo(0, 0);
  }

  #sync(): void {
    this.path = location.pathname;
    this.search = location.search;
  }
}

export const router = new Router();

/** Paths the server answers itself; links to them are real page loads. */
const SERVER_PATHS = ['/graphql', '/auth', '/health', '/imports', '/exports'];

/**
 * Handles clicks on same-origin links inside the app with `router.navigate()`, leaving the
 * browser's behaviour alone for new-tab clicks, downloads, other targets and in-page anchors.
 */
export function interceptLinkClicks(root: HTMLElement): () => void {
  function onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor?.href || anchor.hasAttribute('download')) return;
    if (anchor.target && anchor.target !== '_self') return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin) return;
    if (SERVER_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return;
    const samePage = url.pathname === location.pathname && url.search === location.search;
    if (samePage && url.hash) return;
    event.preventDefault();
    router.navigate(url.pathname + url.search);
  }
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

export { safeNextPath } from './safe-next-path.ts';
