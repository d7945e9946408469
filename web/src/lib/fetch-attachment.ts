import { type AppError, isErrorCode } from './errors.ts';

/** A file the server answered as an attachment, or why there is none. */
export type AttachmentOutcome =
  | { blob: Blob; fileName: string | undefined; error?: undefined }
  | { blob?: undefined; fileName?: undefined; error: AppError };

/**
 * The file name in a `Content-Disposition` header: the UTF-8 `filename*` (RFC 6266 / 5987) when
 * given, else the plain `filename`. Path parts are dropped.
 *
 * @example
 * attachmentFileName(`attachment; filename="gaps.xlsx"; filename*=UTF-8''%E7%BC%BA%E5%8F%A3.xlsx`); // '缺口.xlsx'
 */
export function attachmentFileName(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return baseName(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, '')));
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? baseName(name) : undefined;
}

function baseName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop()?.trim();
  return base || undefined;
}

/**
 * The failure a non-OK answer stands for: the server's `{ error: { code, message } }` when it sent
 * one, else a code from the HTTP status.
 */
export function attachmentError(status: number, body: unknown): AppError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const message = typeof error?.message === 'string' ? error.message : undefined;
  if (isErrorCode(error?.code)) return { code: error.code, message };
  switch (status) {
    case 400:
      return { code: 'VALIDATION', message };
    case 401:
      return { code: 'UNAUTHENTICATED', message };
    case 403:
      return { code: 'FORBIDDEN', message };
    case 404:
      return { code: 'NOT_FOUND', message };
    case 429:
      return { code: 'RATE_LIMITED', message };
    default:
      return { code: 'INTERNAL', message };
  }
}

/**
 * GETs a same-origin file (with the session cookie) and hands back its contents and suggested file
 * name, or the failure by code. An HTML page in place of a file (the app shell) counts as a failure.
 *
 * @example
 * const outcome = await fetchAttachment('/exports/chain-gaps.xlsx?zoneId=1&chainId=2');
 * if (outcome.error) message = t(`error.${outcome.error.code}`);
 */
export async function fetchAttachment(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<AttachmentOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', headers: { accept: '*/*' } });
  } catch {
    return { error: { code: 'NETWORK' } };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    const body: unknown = type.includes('json') ? await response.json().catch(() => undefined) : undefined;
    return { error: attachmentError(response.status, body) };
  }
  if (type.includes('text/html')) return { error: { code: 'NOT_FOUND' } };
  try {
    const blob = await response.blob();
    return { blob, fileName: attachmentFileName(response.headers.get('content-disposition')) };
  } catch {
    return { error: { code: 'NETWORK' } };
  }
}
