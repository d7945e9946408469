import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiToday } from '../support/shanghai-dates';
import { TEST_DATABASE_KIND } from '../support/test-database';
import { codeOf, createLeadsWorld, type LeadsWorld } from './leads-fixtures';

const DELETE = `mutation ($id: ID!, $version: Int!) { deleteLead(id: $id, version: $version) { id deletedAt version } }`;
const RESTORE = `mutation ($id: ID!) { restoreLead(id: $id) { id deletedAt version } }`;
const BIN = `query ($zoneId: ID!, $first: Int, $after: String) {
  deletedLeads(zoneId: $zoneId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id deletedAt } }
  }
}`;
const LEAD = `query ($id: ID!) { lead(id: $id) { id version owner { id } history { action actor { id } changes { field before after } } } }`;
const LIST = `query ($filter: LeadFilter) { leads(filter: $filter, first: 200) { totalCount edges { node { id } } } }`;
const REASSIGN = `mutation ($ids: [ID!]!, $ownerId: ID!) { reassignLeads(ids: $ids, ownerId: $ownerId) { id owner { id } version } }`;
const SAVE_VIEW = `mutation ($name: String!, $filter: LeadFilter!, $orderBy: LeadOrder) {
  saveLeadView(name: $name, filter: $filter, orderBy: $orderBy) { id name filterJson orderField orderDirection version }
}`;
const VIEWS = `{ leadViews { id name filterJson orderField orderDirection version } }`;
const DELETE_VIEW = `mutation ($id: ID!) { deleteLeadView(id: $id) }`;
const MY_DAY = `{ myDay { seenAt dueToday { id } overdue { id } stalled { id }
  movedByOthers { fromStage toStage lead { id } actor { id } } } }`;
const SEEN = `mutation { markMyDaySeen { seenAt movedByOthers { lead { id } } } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $stage: LeadStage!) { moveLead(id: $id, version: $version, stage: $stage) { lead { id version } } }`;
const STALL = `mutation ($zoneId: ID!, $days: Int!) { setZoneLeadStallDays(zoneId: $zoneId, days: $days) { id leadStallDays } }`;
const DAY = 86_400_000;

type View = {
  id: string;
  name: string;
  filterJson: string;
  orderField: string | null;
  orderDirection: string | null;
  version: number;
};
type MyDay = {
  seenAt: string | null;
  dueToday: { id: string }[];
  overdue: { id: string }[];
  stalled: { id: string }[];
  movedByOthers: { fromStage: string; toStage: string; lead: { id: string }; actor: { id: string } }[];
};

describe(`leads: bin, reassignment, saved views, My day (${TEST_DATABASE_KIND})`, () => {
  let w: LeadsWorld;

  beforeAll(async () => {
    w = await createLeadsWorld();
  });
  afterAll(() => w.close());

  const idsOf = (list: { id: string }[]) => list.map((l) => l.id).sort();

  it('puts a lead in the bin and lets only the zone manager or an admin see the bin and restore it', async () => {
    const lead = await w.lead({ title: '待删除线索' });
    const deleted = await w.ok<{ deleteLead: { deletedAt: string | null; version: number } }>(
      'officerA',
      DELETE,
      {
        id: String(lead.id),
        version: lead.version,
      },
    );
    expect(deleted.deleteLead.deletedAt).not.toBeNull();
    expect((await w.ok<{ lead: null }>('officerA', LEAD, { id: String(lead.id) })).lead).toBeNull();
    const listed = await w.ok<{ leads: { edges: { node: { id: string } }[] } }>('officerA', LIST);
    expect(listed.leads.edges.map((e) => e.node.id)).not.toContain(String(lead.id));

    for (const role of ['officerA', 'analystA', 'managerB'] as const) {
      expect(codeOf(await w.as(role, BIN, { zoneId: String(w.zoneA.id) })), role).toBe('FORBIDDEN');
    }
    expect(codeOf(await w.as('officerA', RESTORE, { id: String(lead.id) }))).toBe('FORBIDDEN');
    expect(codeOf(await w.as('managerB', RESTORE, { id: String(lead.id) }))).toBe('NOT_FOUND');
    for (const role of ['managerA', 'admin'] as const) {
      const bin = await w.ok<{ deletedLeads: { totalCount: number; edges: { node: { id: string } }[] } }>(
        role,
        BIN,
        {
          zoneId: String(w.zoneA.id),
        },
      );
      expect(bin.deletedLeads.edges.map((e) => e.node.id)).toEqual([String(lead.id)]);
      expect(bin.deletedLeads.totalCount).toBe(1);
    }

    const restored = await w.ok<{ restoreLead: { deletedAt: string | null; version: number } }>(
      'managerA',
      RESTORE,
      {
        id: String(lead.id),
      },
    );
    expect(restored.restoreLead).toEqual({ id: String(lead.id), deletedAt: null, version: lead.version + 2 });
    expect(codeOf(await w.as('managerA', RESTORE, { id: String(lead.id) }))).toBe('NOT_FOUND'); // not in the bin
    const history = (
      await w.ok<{ lead: { history: { action: string; actor: { id: string } }[] } }>('officerA', LEAD, {
        id: String(lead.id),
      })
    ).lead.history;
    expect(history.map((h) => [h.action, h.actor.id])).toEqual([
      ['RESTORE', String(w.users.managerA.id)],
      ['DELETE', String(w.users.officerA.id)],
    ]);
  });

  it('pages the bin, most recently deleted first', async () => {
    const leads = [];
    for (let n = 0; n < 5; n++) leads.push(await w.lead({ title: `批量删除${n}` }));
    for (const lead of leads) await w.ok('officerA', DELETE, { id: String(lead.id), version: lead.version });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: {
        deletedLeads: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      } = await w.ok('managerA', BIN, { zoneId: String(w.zoneA.id), first: 2, after });
      seen.push(...data.deletedLeads.edges.map((e) => e.node.id));
      if (!data.deletedLeads.pageInfo.hasNextPage) break;
      after = data.deletedLeads.pageInfo.endCursor;
    }
    expect(seen).toEqual(leads.map((l) => String(l.id)).reverse());
  });

  it('refuses to restore an open lead while the zone has opened another for the same firm', async () => {
    const firm = await w.firm();
    const first = await w.lead({ firmId: firm.id });
    await w.ok('officerA', DELETE, { id: String(first.id), version: first.version });
    const second = await w.lead({ firmId: firm.id });
    const result = await w.as('managerA', RESTORE, { id: String(first.id) });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0]?.extensions?.details).toMatchObject({ existingLeadId: String(second.id) });
  });

  it('lets only a manager reassign leads, to staff of the zone, audited per lead', async () => {
    const a = await w.lead();
    const b = await w.lead({ ownerId: null });
    const ids = [String(a.id), String(b.id)];
    const to = String(w.users.officer2A.id);
    expect(codeOf(await w.as('officerA', REASSIGN, { ids, ownerId: to }))).toBe('FORBIDDEN');
    expect(codeOf(await w.as('managerB', REASSIGN, { ids, ownerId: to }))).toBe('NOT_FOUND');
    expect(codeOf(await w.as('managerA', REASSIGN, { ids, ownerId: String(w.users.officerB.id) }))).toBe(
      'VALIDATION',
    );
    expect(codeOf(await w.as('managerA', REASSIGN, { ids, ownerId: String(w.users.analystA.id) }))).toBe(
      'VALIDATION',
    );
    expect(codeOf(await w.as('managerA', REASSIGN, { ids: [...ids, '999999'], ownerId: to }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await w.as('managerA', REASSIGN, { ids: [], ownerId: to }))).toBe('VALIDATION');

    const done = await w.ok<{ reassignLeads: { id: string; owner: { id: string }; version: number }[] }>(
      'managerA',
      REASSIGN,
      { ids, ownerId: to },
    );
    expect(done.reassignLeads).toEqual([
      { id: ids[0], owner: { id: to }, version: a.version + 1 },
      { id: ids[1], owner: { id: to }, version: b.version + 1 },
    ]);
    const history = (
      await w.ok<{ lead: { history: { action: string; changes: unknown[] }[] } }>('managerA', LEAD, {
        id: ids[0],
      })
    ).lead.history;
    expect(history[0]).toEqual({
      action: 'REASSIGN',
      actor: { id: String(w.users.managerA.id) },
      changes: [{ field: 'ownerId', before: String(w.users.officerA.id), after: to }],
    });
    // An admin may too; an officer may not change the owner through updateLead either.
    expect(
      codeOf(await w.as('admin', REASSIGN, { ids: [ids[0]], ownerId: String(w.users.officerA.id) })),
    ).toBeUndefined();
    const lead = (await w.ok<{ lead: { version: number } }>('officerA', LEAD, { id: ids[1] })).lead;
    const update = await w.as(
      'officerA',
      `mutation ($id: ID!, $version: Int!, $input: UpdateLeadInput!) { updateLead(id: $id, version: $version, input: $input) { id } }`,
      { id: ids[1], version: lead.version, input: { ownerId: String(w.users.officerA.id) } },
    );
    expect(codeOf(update)).toBe('FORBIDDEN');
  });

  it("keeps each user's named views, replacing one saved again under the same name", async () => {
    const saved = await w.ok<{ saveLeadView: View }>('officerA', SAVE_VIEW, {
      name: ' 我的高优先级 ',
      filter: { priorities: ['HIGH'], mine: true, search: '<b>整车</b>' },
      orderBy: { field: 'NEXT_FOLLOW_UP_ON', direction: 'ASC' },
    });
    expect(saved.saveLeadView).toMatchObject({
      name: '我的高优先级',
      orderField: 'NEXT_FOLLOW_UP_ON',
      orderDirection: 'ASC',
      version: 1,
    });
    expect(JSON.parse(saved.saveLeadView.filterJson)).toEqual({
      priorities: ['HIGH'],
      mine: true,
      search: '<b>整车</b>',
    });
    const again = await w.ok<{ saveLeadView: View }>('officerA', SAVE_VIEW, {
      name: '我的高优先级',
      filter: { stalled: true },
    });
    expect(again.saveLeadView).toMatchObject({ id: saved.saveLeadView.id, orderField: null, version: 2 });
    await w.ok('officerA', SAVE_VIEW, { name: '逾期', filter: { followUp: 'OVERDUE' } });

    const mine = await w.ok<{ leadViews: View[] }>('officerA', VIEWS);
    expect(mine.leadViews.map((v) => v.name).sort()).toEqual(['我的高优先级', '逾期'].sort());
    expect((await w.ok<{ leadViews: View[] }>('officer2A', VIEWS)).leadViews).toEqual([]);
    expect(codeOf(await w.as('officer2A', DELETE_VIEW, { id: saved.saveLeadView.id }))).toBe('NOT_FOUND');
    expect(codeOf(await w.as('officerA', SAVE_VIEW, { name: '  ', filter: {} }))).toBe('VALIDATION');
    expect(codeOf(await w.as('officerA', SAVE_VIEW, { name: 'x'.repeat(101), filter: {} }))).toBe(
      'VALIDATION',
    );
    expect(await w.ok('officerA', DELETE_VIEW, { id: saved.saveLeadView.id })).toEqual({
      deleteLeadView: true,
    });
    expect((await w.ok<{ leadViews: View[] }>('officerA', VIEWS)).leadViews.map((v) => v.name)).toEqual([
      '逾期',
    ]);
  });

  it("shows an officer's day: due today, overdue, stalled, and moves by others since last seen", async () => {
    const me = w.users.officer2A.id;
    const today = shanghaiToday();
    const due = await w.lead({ ownerId: me, nextFollowUpOn: today, lastActivityAt: new Date() });
    const overdue1 = await w.lead({
      ownerId: me,
      nextFollowUpOn: addDays(today, -10),
      lastActivityAt: new Date(),
    });
    const overdue2 = await w.lead({
      ownerId: me,
      nextFollowUpOn: addDays(today, -2),
      lastActivityAt: new Date(),
    });
    const stalled = await w.lead({ ownerId: me, lastActivityAt: new Date(Date.now() - 31 * DAY) });
    await w.lead({ ownerId: me, stage: 'LOST', lostReason: '无', nextFollowUpOn: addDays(today, -1) }); // closed: none of it
    await w.lead({ ownerId: me, nextFollowUpOn: addDays(today, 3), lastActivityAt: new Date() }); // upcoming
    await w.lead({ nextFollowUpOn: today }); // someone else's

    let day = (await w.ok<{ myDay: MyDay }>('officer2A', MY_DAY)).myDay;
    expect(day.seenAt).toBeNull();
    expect(idsOf(day.dueToday)).toEqual([String(due.id)]);
    expect(day.overdue.map((l) => l.id)).toEqual([String(overdue1.id), String(overdue2.id)]); // most overdue first
    expect(idsOf(day.stalled)).toEqual([String(stalled.id)]);
    expect(day.movedByOthers).toEqual([]);

    // The manager moves one of the officer's leads; the officer's own move does not count.
    await w.ok('managerA', MOVE, { id: String(due.id), version: due.version, stage: 'CONTACTED' });
    await w.ok('officer2A', MOVE, { id: String(overdue1.id), version: overdue1.version, stage: 'CONTACTED' });
    day = (await w.ok<{ myDay: MyDay }>('officer2A', MY_DAY)).myDay;
    expect(day.movedByOthers).toEqual([
      {
        fromStage: 'LEAD',
        toStage: 'CONTACTED',
        lead: { id: String(due.id) },
        actor: { id: String(w.users.managerA.id) },
      },
    ]);
    const seen = await w.ok<{ markMyDaySeen: { seenAt: string; movedByOthers: unknown[] } }>(
      'officer2A',
      SEEN,
    );
    expect(seen.markMyDaySeen.seenAt).not.toBeNull();
    expect(seen.markMyDaySeen.movedByOthers).toEqual([]);

    // A longer threshold (the zone manager's setting) makes the quiet lead no longer stalled.
    expect(codeOf(await w.as('officerA', STALL, { zoneId: String(w.zoneA.id), days: 45 }))).toBe('FORBIDDEN');
    expect(codeOf(await w.as('managerB', STALL, { zoneId: String(w.zoneA.id), days: 45 }))).toBe('FORBIDDEN');
    for (const days of [0, 366, -5]) {
      expect(codeOf(await w.as('managerA', STALL, { zoneId: String(w.zoneA.id), days }))).toBe('VALIDATION');
    }
    const set = await w.ok<{ setZoneLeadStallDays: { leadStallDays: number } }>('managerA', STALL, {
      zoneId: String(w.zoneA.id),
      days: 45,
    });
    expect(set.setZoneLeadStallDays.leadStallDays).toBe(45);
    day = (await w.ok<{ myDay: MyDay }>('officer2A', MY_DAY)).myDay;
    expect(day.stalled).toEqual([]);
    const zone = await w.ok<{ zone: { leadStallDays: number } }>(
      'analystA',
      `query ($id: ID!) { zone(id: $id) { leadStallDays } }`,
      {
        id: String(w.zoneA.id),
      },
    );
    expect(zone.zone.leadStallDays).toBe(45);
    const audit = await w.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'zone')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'UPDATE',
      before: { lead_stall_days: 30 },
      after: { lead_stall_days: 45 },
    });
  });
});
