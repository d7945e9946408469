import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/http-client';
import { TEST_DATABASE_KIND } from '../support/test-database';
import { codeOf, createLeadsWorld, type LeadsWorld } from './leads-fixtures';

const MEMBERS = `query ($zoneId: ID!) { zoneMembers(zoneId: $zoneId) { id displayName role zone { id } } }`;
const REASSIGN = `mutation ($ids: [ID!]!, $ownerId: ID!) { reassignLeads(ids: $ids, ownerId: $ownerId) { id owner { id } } }`;

type Member = { id: string; displayName: string; role: string; zone: { id: string } | null };

describe(`zoneMembers: who a zone's leads may be assigned to (${TEST_DATABASE_KIND})`, () => {
  let w: LeadsWorld;
  let disabledId: number;

  beforeAll(async () => {
    w = await createLeadsWorld();
    // Names whose pinyin order (li, wang, zhang) differs from their id order and code point order.
    const names: [number, string][] = [
      [w.users.officerA.id, '张伟'],
      [w.users.officer2A.id, '李娜'],
      [w.users.managerA.id, '王芳'],
    ];
    for (const [id, name] of names) {
      await w.db.updateTable('app_user').set({ display_name: name }).where('id', '=', id).execute();
    }
    const disabled = await w.db
      .insertInto('app_user')
      .values({
        email: 'gone@test.example',
        display_name: '安离职',
        password_hash: 'x',
        role: 'OFFICER',
        zone_id: w.zoneA.id,
        disabled_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    disabledId = disabled.id;
  });
  afterAll(() => w.close());

  const members = (role: Parameters<LeadsWorld['as']>[0], zoneId: number) =>
    w.as<{ zoneMembers: Member[] }>(role, MEMBERS, { zoneId: String(zoneId) });

  it('lists the active officers and managers of the zone, by display name in pinyin order', async () => {
    const data = await w.ok<{ zoneMembers: Member[] }>('managerA', MEMBERS, { zoneId: String(w.zoneA.id) });
    expect(data.zoneMembers.map((m) => m.displayName)).toEqual(['李娜', '王芳', '张伟']);
    expect(data.zoneMembers.map((m) => m.id)).toEqual([
      String(w.users.officer2A.id),
      String(w.users.managerA.id),
      String(w.users.officerA.id),
    ]);
    expect(data.zoneMembers.every((m) => m.zone?.id === String(w.zoneA.id))).toBe(true);
    // Not the disabled officer, the zone's leader, the analyst granted the zone, or an admin.
    const ids = data.zoneMembers.map((m) => m.id);
    for (const excluded of [disabledId, w.users.leaderA.id, w.users.analystA.id, w.users.admin.id]) {
      expect(ids).not.toContain(String(excluded));
    }
  });

  it('answers every viewer who may see the zone: its officer, a granted analyst, an admin', async () => {
    const expected = (await members('managerA', w.zoneA.id)).data?.zoneMembers;
    for (const role of ['officerA', 'analystA', 'leaderA', 'admin'] as const) {
      const result = await members(role, w.zoneA.id);
      expect(result.errors, role).toBeUndefined();
      expect(result.data?.zoneMembers, role).toEqual(expected);
    }
    const zoneB = await w.ok<{ zoneMembers: Member[] }>('admin', MEMBERS, { zoneId: String(w.zoneB.id) });
    expect(zoneB.zoneMembers.map((m) => m.id).sort()).toEqual(
      [String(w.users.officerB.id), String(w.users.managerB.id)].sort(),
    );
  });

  it("refuses another zone's members to those who cannot see that zone, revealing no one", async () => {
    for (const role of ['officerB', 'managerB'] as const) {
      const result = await members(role, w.zoneA.id);
      expect(codeOf(result), role).toBe('FORBIDDEN');
      expect(result.data?.zoneMembers ?? null, role).toBeNull();
      expect(JSON.stringify(result), role).not.toContain('张伟');
    }
    for (const role of ['officerA', 'managerA', 'analystA', 'leaderA'] as const) {
      expect(codeOf(await members(role, w.zoneB.id)), role).toBe('FORBIDDEN');
    }
  });

  it('refuses a signed-out caller and a malformed id; an unknown zone has no members', async () => {
    const anonymous = await graphql(w.app, MEMBERS, { variables: { zoneId: String(w.zoneA.id) } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(codeOf(await w.as('managerA', MEMBERS, { zoneId: 'abc' }))).toBe('VALIDATION');
    expect(codeOf(await w.as('managerA', MEMBERS, { zoneId: '-1' }))).toBe('VALIDATION');
    expect(codeOf(await w.as('managerA', MEMBERS, { zoneId: '999999' }))).toBe('FORBIDDEN');
    const unknown = await w.ok<{ zoneMembers: Member[] }>('admin', MEMBERS, { zoneId: '999999' });
    expect(unknown.zoneMembers).toEqual([]);
  });

  it('lists exactly the owners reassignLeads accepts', async () => {
    const listed = (await members('managerA', w.zoneA.id)).data!.zoneMembers.map((m) => m.id);
    const lead = await w.lead({ ownerId: w.users.officerA.id });
    for (const ownerId of listed) {
      const data = await w.ok<{ reassignLeads: { owner: { id: string } }[] }>('managerA', REASSIGN, {
        ids: [String(lead.id)],
        ownerId,
      });
      expect(data.reassignLeads[0]!.owner.id).toBe(ownerId);
    }
    for (const unlisted of [disabledId, w.users.leaderA.id, w.users.officerB.id]) {
      const result = await w.as('managerA', REASSIGN, { ids: [String(lead.id)], ownerId: String(unlisted) });
      expect(codeOf(result), String(unlisted)).toBe('VALIDATION');
    }
  });
});
