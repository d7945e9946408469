import { describe, expect, it } from 'vitest';
import { attachmentError, attachmentFileName, fetchAttachment } from './fetch-attachment.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function answering(response: Response | Error): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    return response;
  };
}

describe('attachmentFileName', () => {
  it('prefers the UTF-8 name over the plain one', () => {
    expect(
      attachmentFileName(
        `attachment; filename="gaps.xlsx"; filename*=UTF-8''%E7%BC%BA%E5%8F%A3%E6%B8%85%E5%8D%95.xlsx`,
      ),
    ).toBe('缺口清单.xlsx');
  });

  it('reads a plain name, quoted or not', () => {
    expect(attachmentFileName('attachment; filename="chain gaps.xlsx"')).toBe('chain gaps.xlsx');
    expect(attachmentFileName('attachment; filename=gaps.xlsx')).toBe('gaps.xlsx');
    expect(attachmentFileName('attachment; filename="say \\"hi\\".xlsx"')).toBe('say "hi".xlsx');
  });

  it('drops path parts and answers nothing without a name', () => {
    expect(attachmentFileName('attachment; filename="../../etc/gaps.xlsx"')).toBe('gaps.xlsx');
    expect(attachmentFileName('attachment')).toBeUndefined();
    expect(attachmentFileName(null)).toBeUndefined();
  });

  it('falls back to the plain name when the encoded one is malformed', () => {
    expect(attachmentFileName(`attachment; filename="gaps.xlsx"; filename*=UTF-8''%E7%ZZ.xlsx`)).toBe(
      'gaps.xlsx',
    );
  });
});

describe('attachmentError', () => {
  it('takes the server’s code and message', () => {
    expect(attachmentError(403, { error: { code: 'FORBIDDEN', message: 'Not your zone' } })).toEqual({
      code: 'FORBIDDEN',
      message: 'Not your zone',
    });
  });

  it('derives a code from the status when the body has none', () => {
    expect(attachmentError(401, undefined).code).toBe('UNAUTHENTICATED');
    expect(attachmentError(404, 'Not Found').code).toBe('NOT_FOUND');
    expect(attachmentError(400, { error: { code: 'WHATEVER' } }).code).toBe('VALIDATION');
    expect(attachmentError(502, undefined).code).toBe('INTERNAL');
  });
});

describe('fetchAttachment', () => {
  it('hands back the file and its name', async () => {
    const outcome = await fetchAttachment(
      '/exports/x.xlsx',
      answering(
        new Response(new Uint8Array([80, 75, 3, 4]), {
          headers: { 'content-type': XLSX, 'content-disposition': 'attachment; filename="gaps.xlsx"' },
        }),
      ),
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.fileName).toBe('gaps.xlsx');
    expect(outcome.blob?.size).toBe(4);
  });

  it('reads the JSON error of a refused export', async () => {
    const outcome = await fetchAttachment(
      '/exports/x.xlsx',
      answering(
        Response.json({ error: { code: 'FORBIDDEN', message: 'No access to this zone' } }, { status: 403 }),
      ),
    );
    expect(outcome.error).toEqual({ code: 'FORBIDDEN', message: 'No access to this zone' });
  });

  it('treats a missing endpoint, and the app page in place of a file, as not found', async () => {
    const missing = await fetchAttachment(
      '/exports/x.xlsx',
      answering(new Response('404 Not Found', { status: 404 })),
    );
    expect(missing.error?.code).toBe('NOT_FOUND');
    const page = await fetchAttachment(
      '/exports/x',
      answering(new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } })),
    );
    expect(page.error?.code).toBe('NOT_FOUND');
  });

  it('reports a failed request as a network error', async () => {
    const outcome = await fetchAttachment('/exports/x.xlsx', answering(new TypeError('Failed to fetch')));
    expect(outcome.error?.code).toBe('NETWORK');
  });
});
