import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { AppError } from '../errors';
import { parseId } from '../graphql/ids';
import type { AppEnv } from '../http/app-env';
import { authenticate } from '../http/authenticate';
import { runImport } from './import.service';
import { parseImportKind } from './import-kinds';
import { IMPORT_LIMITS } from './read-table';

/**
 * `POST /imports/{firms|supplies|leads|projects}?zoneId=&fileName=&dryRun=true&mapping=`: the file is
 * the raw request body (`Content-Type: application/octet-stream`), up to 20 MB, so the browser can
 * report upload progress and scripts can `curl --data-binary`. Answers the import report as JSON
 * (dry run or commit). Session cookie or API token, like /exports.
 *
 * CSRF: a cross-site page can only send form content types without a preflight; this route refuses
 * them (415), and `csrf()` also checks the Origin of any form-like request.
 */
export function importRoutes() {
  const routes = new Hono<AppEnv>();
  routes.post(
    '/:kind',
    bodyLimit({
      maxSize: IMPORT_LIMITS.maxBytes,
      onError: (c) =>
        c.json(
          {
            error: {
              code: 'VALIDATION',
              reason: 'TOO_LARGE',
              message: `The file is larger than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB: split it`,
            },
          },
          413,
        ),
    }),
    csrf(),
    authenticate(),
    async function importFile(c) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/octet-stream') {
        return c.json(
          {
            error: {
              code: 'VALIDATION',
              message: 'Send the file as the body with Content-Type: application/octet-stream',
            },
          },
          415,
        );
      }
      const kind = parseImportKind(c.req.param('kind'));
      const zoneId = parseId(c.req.query('zoneId') ?? '', 'zoneId');
      const mapping = parseMapping(c.req.query('mapping'));
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const report = await runImport(c.var.services, {
        kind,
        zoneId,
        fileName: (c.req.query('fileName') ?? 'upload').slice(0, 255),
        bytes,
        dryRun: c.req.query('dryRun') !== 'false',
        ...(mapping ? { mapping } : {}),
      });
      return c.json(report);
    },
  );
  return routes;
}

function parseMapping(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (Object.values(value).every((v) => typeof v === 'string')) return value as Record<string, string>;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION', '"mapping" must be a JSON object of header → field', {
    details: { field: 'mapping' },
  });
}
