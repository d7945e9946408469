import { fillMissingFirmInitials } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('fillMissingFirmInitials', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('computes the initials of firms that have none, and leaves the others alone', async () => {
    const { db } = database;
    await db
      .insertInto('firm')
      .values([
        { name: '比亚迪股份有限公司' },
        { name: '长城汽车' },
        { name: '已算过', name_initials: 'kept' },
      ])
      .execute();

    expect(await fillMissingFirmInitials(db)).toBe(2);
    const rows = await db.selectFrom('firm').select(['name', 'name_initials']).orderBy('id').execute();
    expect(rows.map((r) => r.name_initials)).toEqual(['bydgfyxgs', 'ccqc', 'kept']);

    expect(await fillMissingFirmInitials(db)).toBe(0);
  });
});
