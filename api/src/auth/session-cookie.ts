/** The name of the HttpOnly cookie that carries the browser's session token. */
export const SESSION_COOKIE = 'lz_session';
