import { gql } from '@urql/core';
import { type AppError, isErrorCode } from '../../lib/errors.ts';

export const IMPORT_KINDS = ['FIRM', 'SUPPLY', 'LEAD', 'PROJECT'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The report of `POST /imports/{kind}` (api/src/imports/import.service.ts ImportReport). */
export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  dryRun: boolean;
  batchId: number | null;
  rowCount: number;
  columns: { header: string; field: string | null }[];
  fields: { key: string; required: boolean }[];
  counts: { create: number; update: number; unchanged: number; invalid: number; firmsCreated: number };
  errorCount: number;
  errors: { row: number; column: string; value: string; reason: string }[];
  duplicates: {
    row: number;
    name: string;
    otherRow: number | null;
    firmId: number | null;
    firmName: string | null;
    by: 'USCC' | 'NAME';
    similarity: number | null;
  }[];
  preview: { row: number; action: 'CREATE' | 'UPDATE' | 'UNCHANGED'; label: string }[];
}

export type UploadOutcome =
  | { report: ImportReport; error?: undefined }
  | { report?: undefined; error: AppError };

const PATHS: Record<ImportKind, string> = {
  FIRM: 'firms',
  SUPPLY: 'supplies',
  LEAD: 'leads',
  PROJECT: 'projects',
};

/** The upload URL of a file for a dry run or a commit. */
export function importUrl(options: {
  kind: ImportKind;
  zoneId: string;
  fileName: string;
  dryRun: boolean;
  mapping?: Record<string, string> | undefined;
}): string {
  const params = new URLSearchParams({
    zoneId: options.zoneId,
    fileName: options.fileName,
    dryRun: String(options.dryRun),
  });
  if (options.mapping && Object.keys(options.mapping).length)
    params.set('mapping', JSON.stringify(options.mapping));
  return `/imports/${PATHS[options.kind]}?${params}`;
}

/**
 * Sends a file as the raw request body with XMLHttpRequest, which (unlike fetch) reports upload
 * progress: `onprogress(fraction)` while uploading, then `onprogress(1)` when the server works on it.
 */
export function uploadImport(
  url: string,
  file: File,
  onprogress: (fraction: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onprogress(event.loaded / event.total);
    };
    request.upload.onload = () => onprogress(1);
    request.onerror = () => resolve({ error: { code: 'NETWORK' } });
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        resolve({ error: { code: 'INTERNAL' } });
        return;
      }
      if (request.status === 200) {
        resolve({ report: body as ImportReport });
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } }).error;
      resolve({
        error: {
          code: isErrorCode(error?.code) ? error.code : 'INTERNAL',
          ...(error?.message ? { message: error.message } : {}),
        },
      });
    };
    request.send(file);
  });
}

export interface ImportBatchItem {
  id: string;
  kind: ImportKind;
  fileName: string;
  zone: { id: string; name: string } | null;
  createdByName: string | null;
  createdAt: string;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  firmsCreated: number;
  undoneAt: string | null;
  undoneByName: string | null;
}

const BATCH_FIELDS = `id kind fileName zone { id name } createdByName createdAt rowCount created updated unchanged
  firmsCreated undoneAt undoneByName`;

export const IMPORT_BATCHES_QUERY = gql<{ importBatches: ImportBatchItem[] }, { zoneId?: string | null }>`
  query ImportBatches($zoneId: ID) {
    importBatches(zoneId: $zoneId, first: 50) { ${BATCH_FIELDS} }
  }
`;

export const UNDO_IMPORT = gql<{ undoImport: ImportBatchItem }, { batchId: string }>`
  mutation UndoImport($batchId: ID!) {
    undoImport(batchId: $batchId) { ${BATCH_FIELDS} }
  }
`;
