import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const API_DIR = new URL('../../api/', import.meta.url).pathname;
const FILE = new URL('../fixtures/imports/firms-2000-gbk.csv', import.meta.url).pathname;

/**
 * `pnpm import` killed (SIGKILL: no chance to clean up) while it writes: the import is one transaction,
 * so the database holds nothing of it, and the same import run again succeeds. It needs a server the
 * killed process and the test share; the embedded database is one process's own.
 */
describe.skipIf(!process.env.DATABASE_URL)(
  `an import killed mid-write (${process.env.DATABASE_URL ? 'postgres' : 'runs in the PostgreSQL pass'})`,
  () => {
    let database: TestDatabase;
    let zoneCode: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      const make = createFactories(database.db);
      const zone = await make.zone();
      // The file's firms name segments (正极材料...) of a chain the zone pursues.
      const { chain } = await make.chain();
      await database.db.insertInto('zone_chain').values({ zone_id: zone.id, chain_id: chain.id }).execute();
      zoneCode = zone.code as string;
    });
    afterAll(() => database?.close());

    /** Runs the import command; resolves with its exit code, or kills it once `killWhen` matches its progress. */
    function runImport(
      killWhen?: RegExp,
    ): Promise<{ code: number | null; signal: string | null; output: string }> {
      return new Promise((resolve) => {
        // One process (node with tsx as a loader, not the tsx wrapper that would survive as a parent),
        // so that SIGKILL stops the import itself.
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/cli/import.ts', 'firms', FILE, '--zone', zoneCode],
          {
            cwd: API_DIR,
            env: { ...process.env, DATABASE_URL: database.url },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let output = '';
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          if (killWhen?.test(output) && child.exitCode === null) child.kill('SIGKILL');
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.once('exit', (code, signal) => resolve({ code, signal, output }));
      });
    }

    const counts = async () => {
      const count = async (table: 'firm' | 'import_batch' | 'import_change' | 'audit_entry') =>
        Number(
          (
            await database.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        firms: await count('firm'),
        batches: await count('import_batch'),
        changes: await count('import_change'),
        audit: await count('audit_entry'),
      };
    };

    it('leaves nothing behind, and the same import then goes through whole', async () => {
      const before = await counts();
      // Killed halfway through writing the 2,000 rows, inside the open transaction.
      const killed = await runImport(/write\s+1000\/2000 rows/);
      expect(killed.signal, killed.output.slice(-500)).toBe('SIGKILL');
      expect(await counts()).toEqual(before);

      const again = await runImport();
      expect(again.code, again.output.slice(-500)).toBe(0);
      const after = await counts();
      expect(after.firms - before.firms).toBe(2000);
      expect(after.batches - before.batches).toBe(1);
    }, 180_000);
  },
);
