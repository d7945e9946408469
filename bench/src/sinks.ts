import { once } from 'node:events';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One cell of a generated row: what both COPY text format and an INSERT parameter can carry. */
export type Cell = string | number | boolean | null | readonly string[];
export type Row = readonly Cell[];

/** Receives the rows of one table, in order; `end` resolves once the database has them all. */
export interface TableWriter {
  /** Resolves only when the writer needs the caller to wait (a full buffer); otherwise undefined. */
  write(row: Row): Promise<void> | undefined;
  end(): Promise<void>;
}

/** Where generated tables go: COPY on a PostgreSQL server, INSERT batches anywhere (PGlite). */
export interface RowSink {
  open(table: string, columns: readonly string[]): Promise<TableWriter>;
}

const COPY_CHUNK = 256 * 1024;

/**
 * Streams rows with `COPY ... FROM STDIN` (text format) over one client: the fast path, tens of
 * times quicker than INSERT for millions of rows.
 */
export function copySink(client: pg.ClientBase): RowSink {
  return {
    async open(table, columns) {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      let failure: Error | undefined;
      stream.on('error', (error: Error) => {
        failure = error;
      });
      let buffer = '';
      const flush = async () => {
        if (failure) throw failure;
        const chunk = buffer;
        buffer = '';
        if (!stream.write(chunk)) await drained(stream);
      };
      return {
        write(row) {
          buffer += `${row.map(copyText).join('\t')}\n`;
          return buffer.length >= COPY_CHUNK ? flush() : undefined;
        },
        async end() {
          if (buffer) await flush();
          const finished = once(stream, 'finish');
          stream.end();
          await finished;
          if (failure) throw failure;
        },
      };
    },
  };
}

/** Resolves when a full stream can take more, rejects if it fails meanwhile; leaves no listener behind. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** COPY text format: \N for null, backslash escapes for the separators, `{a,b}` for arrays. */
function copyText(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'string') return escapeCopy(cell);
  // Array elements are simple tokens (tags) or quoted text: quote every element to be safe.
  return escapeCopy(`{${cell.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
}

function escapeCopy(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Plain multi-row INSERTs through Kysely: slower, but it works on the embedded PGlite too, so the
 * generator's test runs on both databases.
 */
// biome-ignore lint/suspicious/noExplicitAny: the generator names tables and columns at run time
export function insertSink(db: Kysely<any>, batchRows = 500): RowSink {
  return {
    async open(table, columns) {
      let batch: Record<string, unknown>[] = [];
      const flush = async () => {
        const rows = batch;
        batch = [];
        await db.insertInto(table).values(rows).execute();
      };
      return {
        write(row) {
          const record: Record<string, unknown> = {};
          columns.forEach((column, i) => {
            const cell = row[i];
            record[column] = Array.isArray(cell) ? [...cell] : cell;
          });
          batch.push(record);
          return batch.length >= batchRows ? flush() : undefined;
        },
        async end() {
          if (batch.length > 0) await flush();
        },
      };
    },
  };
}
