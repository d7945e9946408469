/**
 * Accepts a `next` parameter only when it is a path on this site, so a crafted login link
 * cannot send the user elsewhere after signing in.
 *
 * @example
 * safeNextPath('/chains/3'); // '/chains/3'
 * safeNextPath('//evil.example'); // undefined
 */
export function safeNextPath(next: string | null): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next === '/login' || next.startsWith('/login?')) return undefined;
  return next;
}
