import type { CommonMessages } from '../zh-CN/common.ts';

/** English messages — App shell, sign-in, errors, roles, navigation and shared words. Typed by the zh-CN part, so a missing or extra key fails the type check. */
export const common: CommonMessages = {
  'app.name': 'Lianzhao',
  'app.brand': '链招 Lianzhao',
  'app.tagline': 'Industry-chain investment promotion for development zones',
  'app.loading': 'Loading…',
  'app.skipToContent': 'Skip to main content',
  'app.menu': 'Menu',
  'app.mainNav': 'Main navigation',
  'app.pageTitle': '{page} · Lianzhao',

  'locale.label': 'Language',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'login.title': 'Sign in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.invalidInput': 'Enter a valid email address and a password.',
  'login.sessionExpired': 'Your session has ended. Please sign in again.',
  'login.demoHint': 'Demo accounts all use the password {password}, for example {email}.',

  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'error.detail': 'Server message: {message}',
  'error.UNAUTHENTICATED': 'Please sign in.',
  'error.FORBIDDEN': 'You do not have permission to do this.',
  'error.NOT_FOUND': 'What you asked for was not found.',
  'error.VALIDATION': 'Some input is not valid. Check it and try again.',
  'error.CONFLICT': 'Someone else changed this data. Reload and try again.',
  'error.UNAVAILABLE': 'The database is briefly unavailable. Please try again in a moment.',
  'error.INTERNAL': 'The server ran into a problem. Please try again later.',
  'error.NETWORK': 'Cannot reach the server. Check your connection and try again.',
  'error.INVALID_CREDENTIALS': 'The email or password is incorrect.',
  'error.RATE_LIMITED': 'Too many attempts. Please wait a while and try again.',

  'role.OFFICER': 'Investment officer',
  'role.ZONE_MANAGER': 'Zone manager',
  'role.LEADER': 'Accountable leader',
  'role.ANALYST': 'Analyst',
  'role.ADMIN': 'Administrator',

  'user.province': 'Province level',
  'user.logout': 'Sign out',

  'nav.groupWork': 'Promotion work',
  'nav.groupReference': 'Reference data',
  'nav.groupSystem': 'System',
  'nav.dashboard': 'Dashboard',
  'nav.chainMap': 'Chain map',
  'nav.leads': 'Leads',
  'nav.projects': 'Projects',
  'nav.firms': 'Firms',
  'nav.zones': 'Zones',
  'nav.chains': 'Chains',
  'nav.admin': 'Admin',
  'nav.settings': 'Settings',

  'notBuilt.badge': 'Not built yet',
  'notBuilt.lead': 'This area is still being built. When it is ready, it will offer:',
  'notBuilt.dashboard':
    'Follow-ups due today and overdue, leads stalled for 30 days without activity, this week’s stage changes, and the red and yellow projects you are responsible for or follow.',
  'notBuilt.firms':
    'The firm directory: validated unified social credit codes, tags (anchor, specialized, little giant and more), segments and supply relations, with CSV / Excel import, duplicate detection and merging.',
  'notBuilt.admin':
    'Users and access, zones, chain and segment maintenance, data imports, and a preview of any user’s weekly digest.',
  'notBuilt.back': 'Go to zones',

  'forbidden.title': 'No access',
  'forbidden.body': 'Only administrators can open this page.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The link may be wrong, or the page has moved.',
  'notFound.home': 'Go to the start page',

  'common.all': 'All',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.loading': 'Loading…',
  'common.loadMore': 'Load more',
  'common.loadingMore': 'Loading…',
  'common.clearFilters': 'Clear filters',

  'common.yes': 'Yes',
  'common.no': 'No',
  'common.close': 'Close',

  'nav.myProjects': 'My projects',
};
