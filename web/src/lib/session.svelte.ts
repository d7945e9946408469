import { ME_QUERY, type SessionUser } from '../graphql/me.ts';
import { UPDATE_MY_PREFERENCES } from '../graphql/preferences.ts';
import { type LoginOutcome, postLogin, postLogout, postLogoutEverywhere } from './auth-api.ts';
import { type AppError, fromCombinedError } from './errors.ts';
import { graphqlClient, onUnauthenticated, resetGraphqlClient, runMutation } from './graphql-client.ts';
import { fromApiLocale, type LocaleCode, locale, toApiLocale } from './locale.svelte.ts';
import { router } from './router.svelte.ts';

/** `checking` until the first answer about the session arrives. */
export type SessionStatus = 'checking' | 'signedIn' | 'signedOut';

/**
 * Who is signed in. The cookie itself is HttpOnly, so the app learns about the session from
 * `me` at start-up, from /auth/login, and from any operation failing with UNAUTHENTICATED.
 * Routing reacts to `status` (see App.svelte): signed out means /login.
 */
class Session {
  user = $state.raw<SessionUser | null>(null);
  status = $state<SessionStatus>('checking');
  /** Set when a session ended while in use, so the login page can say why. */
  expired = $state(false);
  /** Set when the first check failed for a reason other than "not signed in". */
  startupError = $state.raw<AppError | undefined>(undefined);

  get isAdmin(): boolean {
    return this.user?.role === 'ADMIN';
  }

  /** Asks the server who is signed in, once at start-up. */
  async restore(): Promise<void> {
    this.status = 'checking';
    this.startupError = undefined;
    const result = await graphqlClient().query(ME_QUERY, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data?.me) {
      this.#signIn(result.data.me);
      return;
    }
    const error = result.error ? fromCombinedError(result.error) : undefined;
    if (error && error.code !== 'UNAUTHENTICATED') this.startupError = error;
    this.user = null;
    this.status = 'signedOut';
  }

  async login(email: string, password: string): Promise<LoginOutcome> {
    const outcome = await postLogin(email, password);
    if (outcome.user) {
      resetGraphqlClient();
      this.expired = false;
      this.#signIn(outcome.user);
    }
    return outcome;
  }

  /** Signs out and shows the login page (without a `next`: this was on purpose). */
  async logout(): Promise<void> {
    await postLogout();
    router.navigate('/login');
    this.#signOut();
  }

  /** Ends every session of this user on every device, this one included; returns a failure to show. */
  async logoutEverywhere(): Promise<AppError | undefined> {
    const outcome = await postLogoutEverywhere();
    if (outcome.error && outcome.error.code !== 'UNAUTHENTICATED') return outcome.error;
    router.navigate('/login');
    this.#signOut();
    return undefined;
  }

  /** The server said the session is gone (expired, revoked, or signed out elsewhere). */
  expire(): void {
    if (this.status !== 'signedIn') return;
    this.expired = true;
    this.#signOut();
  }

  /**
   * Switches the language now and, when signed in, saves it as the user's preference so it
   * follows them to other devices.
   */
  async changeLocale(code: LocaleCode): Promise<AppError | undefined> {
    locale.set(code);
    if (!this.user) return undefined;
    const outcome = await runMutation(UPDATE_MY_PREFERENCES, { input: { locale: toApiLocale(code) } });
    if (outcome.error) return outcome.error;
    this.updateUser({ locale: outcome.data.updateMyPreferences.locale });
    return undefined;
  }

  updateUser(changes: Partial<SessionUser>): void {
    if (this.user) this.user = { ...this.user, ...changes };
  }

  #signIn(user: SessionUser): void {
    this.user = user;
    this.status = 'signedIn';
    // The saved preference wins over this device's last choice.
    locale.set(fromApiLocale(user.locale));
  }

  #signOut(): void {
    this.user = null;
    this.status = 'signedOut';
    resetGraphqlClient();
  }
}

export const session = new Session();

onUnauthenticated(() => session.expire());
