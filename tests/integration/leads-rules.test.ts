import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/http-client';
import { shanghaiToday } from '../support/shanghai-dates';
import { TEST_DATABASE_KIND } from '../support/test-database';
import { codeOf, createLeadsWorld, LEAD_FIELDS, type LeadResult, type LeadsWorld } from './leads-fixtures';

const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $version: Int!, $stage: LeadStage!, $lostReason: String, $note: String) {
  moveLead(id: $id, version: $version, stage: $stage, lostReason: $lostReason, note: $note) {
    lead { ${LEAD_FIELDS} }
    project { id name totalInvestment lead { id } zone { id } firm { id } segments { id } milestones { kind plannedOn actualOn } }
  }
}`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateLeadInput!) {
  updateLead(id: $id, version: $version, input: $input) { ${LEAD_FIELDS} }
}`;
const LEAD = `query ($id: ID!) {
  lead(id: $id) {
    ${LEAD_FIELDS}
    stageHistory { fromStage toStage note actor { id } lead { id } }
    history { action actor { id } changes { field before after } }
    project { id name }
  }
}`;
const LOG = `mutation ($input: LogLeadActivityInput!) { logLeadActivity(input: $input) { id kind summary occurredAt author { id } } }`;
const DELETE = `mutation ($id: ID!, $version: Int!) { deleteLead(id: $id, version: $version) { id deletedAt version } }`;
const RESTORE = `mutation ($id: ID!) { restoreLead(id: $id) { id deletedAt version } }`;
const REASSIGN = `mutation ($ids: [ID!]!, $ownerId: ID!) { reassignLeads(ids: $ids, ownerId: $ownerId) { id owner { id } version } }`;

type Moved = { moveLead: { lead: LeadResult; project: null | (Record<string, unknown> & { id: string }) } };
type Full = LeadResult & {
  stageHistory: {
    fromStage: string | null;
    toStage: string;
    note: string | null;
    actor: { id: string } | null;
  }[];
  history: {
    action: string;
    actor: { id: string } | null;
    changes: { field: string; before: string | null; after: string | null }[];
  }[];
  project: { id: string; name: string } | null;
};

describe(`leads pipeline: stage rules, versions, audit, scoping (${TEST_DATABASE_KIND})`, () => {
  let w: LeadsWorld;

  beforeAll(async () => {
    w = await createLeadsWorld();
  });
  afterAll(() => w.close());

  const createLead = async (overrides: Record<string, unknown> = {}) => {
    const firm = await w.firm();
    const data = await w.ok<{ createLead: LeadResult }>('officerA', CREATE, {
      input: {
        zoneId: String(w.zoneA.id),
        firmId: String(firm.id),
        title: `示例线索 ${firm.id}`,
        segmentIds: [String(w.segments.vehicle.id)],
        plannedInvestment: 5000,
        ...overrides,
      },
    });
    return data.createLead;
  };
  const move = (lead: { id: string; version: number }, stage: string, extra: Record<string, unknown> = {}) =>
    w.as<Moved>('officerA', MOVE, { id: lead.id, version: lead.version, stage, ...extra });
  const moveOk = async (
    lead: { id: string; version: number },
    stage: string,
    extra: Record<string, unknown> = {},
  ) => {
    const result = await move(lead, stage, extra);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.moveLead;
  };
  const read = async (id: string, role: 'officerA' | 'analystA' = 'officerA') =>
    (await w.ok<{ lead: Full | null }>(role, LEAD, { id })).lead;

  it('works a lead from LEAD to SIGNED and creates its project, pre-filled, with SIGNED done today', async () => {
    let lead = await createLead();
    for (const stage of ['CONTACTED', 'VISITED', 'NEGOTIATING']) lead = (await moveOk(lead, stage)).lead;
    const signed = await moveOk(lead, 'SIGNED', { note: '签约仪式' });
    expect(signed.lead).toMatchObject({ stage: 'SIGNED', version: 5 });
    expect(signed.project).toMatchObject({
      name: lead.title,
      totalInvestment: 5000,
      lead: { id: lead.id },
      zone: { id: String(w.zoneA.id) },
      firm: lead.firm,
      segments: [{ id: String(w.segments.vehicle.id) }],
    });
    const milestones = signed.project!.milestones as { kind: string; actualOn: string | null }[];
    expect(milestones.find((m) => m.kind === 'SIGNED')?.actualOn).toBe(shanghaiToday());
    expect(milestones.filter((m) => m.actualOn !== null).map((m) => m.kind)).toEqual(['SIGNED']);

    const full = (await read(lead.id))!;
    expect(full.project?.id).toBe(signed.project!.id);
    expect(full.stageHistory.map((s) => [s.fromStage, s.toStage])).toEqual([
      [null, 'LEAD'],
      ['LEAD', 'CONTACTED'],
      ['CONTACTED', 'VISITED'],
      ['VISITED', 'NEGOTIATING'],
      ['NEGOTIATING', 'SIGNED'],
    ]);
    expect(full.stageHistory.at(-1)).toMatchObject({
      note: '签约仪式',
      actor: { id: String(w.users.officerA.id) },
    });
    expect(full.history.map((h) => h.action)).toEqual(['MOVE', 'MOVE', 'MOVE', 'MOVE', 'CREATE']);
    expect(full.history[0]!.changes).toContainEqual({
      field: 'stage',
      before: 'NEGOTIATING',
      after: 'SIGNED',
    });
    const projectAudit = await w.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'project')
      .where('entity_id', '=', Number(signed.project!.id))
      .execute();
    expect(projectAudit.map((a) => a.action)).toEqual(['CREATE']);
  });

  it('moves freely between the open stages, forward and back, through PAUSED', async () => {
    let lead = await createLead();
    for (const stage of ['VISITED', 'CONTACTED', 'PAUSED', 'NEGOTIATING', 'LEAD']) {
      lead = (await moveOk(lead, stage)).lead;
      expect(lead.stage).toBe(stage);
    }
  });

  it('refuses the moves the rules forbid with VALIDATION, writing nothing', async () => {
    const lead = await createLead();
    const paused = (await moveOk(lead, 'PAUSED')).lead;
    const contacted = (await moveOk(await createLead(), 'CONTACTED')).lead;
    const signedLead = (await moveOk((await moveOk(await createLead(), 'VISITED')).lead, 'SIGNED')).lead;
    const lost = (await moveOk(await createLead(), 'LOST', { lostReason: '已落户他省' })).lead;
    const before = await w.snapshot();
    for (const [from, to] of [
      [lead, 'SIGNED'],
      [paused, 'SIGNED'],
      [contacted, 'SIGNED'],
      [contacted, 'CONTACTED'],
      [signedLead, 'NEGOTIATING'],
      [signedLead, 'LOST'],
      [lost, 'CONTACTED'],
      [lost, 'SIGNED'],
    ] as const) {
      const current = (await read(from.id))!;
      const result = await move(current, to, { lostReason: 'x' });
      expect(codeOf(result), `${current.stage} → ${to}`).toBe('VALIDATION');
      expect(result.errors?.[0]?.message).toMatch(/\w/);
    }
    expect(await w.snapshot()).toBe(before);
  });

  it('asks a reason for LOST, keeps it as the note, and reopens a lost lead to LEAD only when the firm is free', async () => {
    const lead = await createLead();
    const before = await w.snapshot();
    for (const lostReason of [undefined, null, '   ']) {
      const result = await move(lead, 'LOST', { lostReason });
      expect(codeOf(result)).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.details).toMatchObject({ field: 'lostReason' });
    }
    expect(await w.snapshot()).toBe(before);

    const lost = (await moveOk(lead, 'LOST', { lostReason: '  <b>预算取消</b>  ' })).lead;
    expect(lost).toMatchObject({ stage: 'LOST', lostReason: '<b>预算取消</b>' });
    const history = (await read(lead.id))!.stageHistory;
    expect(history.at(-1)).toMatchObject({ fromStage: 'LEAD', toStage: 'LOST', note: '<b>预算取消</b>' });

    // Another officer opened a new lead for the same firm meanwhile: reopening would make two.
    const other = await w.ok<{ createLead: LeadResult }>('officer2A', CREATE, {
      input: { zoneId: String(w.zoneA.id), firmId: lead.firm.id, title: '重新接触' },
    });
    const blocked = await move(lost, 'LEAD');
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(blocked.errors?.[0]?.extensions?.details).toMatchObject({ existingLeadId: other.createLead.id });

    await w.db.deleteFrom('lead').where('id', '=', Number(other.createLead.id)).execute();
    const reopened = (await moveOk(lost, 'LEAD')).lead;
    expect(reopened).toMatchObject({ stage: 'LEAD', lostReason: null });
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const lead = await createLead();
    const edited = await w.ok<{ updateLead: LeadResult }>('officer2A', UPDATE, {
      id: lead.id,
      version: lead.version,
      input: { title: '另一位招商员的修改' },
    });
    expect(edited.updateLead.version).toBe(lead.version + 1);
    const before = await w.snapshot();
    const stale = [
      await w.as('officerA', UPDATE, { id: lead.id, version: lead.version, input: { title: '我的修改' } }),
      await move(lead, 'CONTACTED'),
      await w.as('officerA', DELETE, { id: lead.id, version: lead.version }),
    ];
    for (const result of stale) {
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.extensions?.details).toMatchObject({ currentVersion: lead.version + 1 });
    }
    expect(await w.snapshot()).toBe(before);
    expect((await read(lead.id))!.title).toBe('另一位招商员的修改');
  });

  it('lets only one of two simultaneous edits made against the same version win', async () => {
    const lead = await createLead();
    const results = await Promise.all([
      w.as('officerA', UPDATE, { id: lead.id, version: lead.version, input: { title: '甲的修改' } }),
      w.as('officer2A', MOVE, { id: lead.id, version: lead.version, stage: 'CONTACTED' }),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const full = (await read(lead.id))!;
    expect(full.version).toBe(lead.version + 1);
    expect(full.history).toHaveLength(2); // CREATE and the one write that won
  });

  it('updates fields (missing: unchanged, null: cleared) and audits only the changed fields', async () => {
    const lead = await createLead({ nextFollowUpOn: '2026-12-01', priority: 'LOW' });
    const { updateLead } = await w.ok<{ updateLead: LeadResult }>('officerA', UPDATE, {
      id: lead.id,
      version: lead.version,
      input: {
        title: '<script>alert("x")</script> 整车',
        plannedInvestment: 12_000.5,
        nextFollowUpOn: null,
        expectedSigningOn: '2027-03-31',
        segmentIds: [String(w.segments.battery.id), String(w.segments.vehicle.id)],
        source: 'EXPO',
      },
    });
    expect(updateLead).toMatchObject({
      title: '<script>alert("x")</script> 整车',
      plannedInvestment: 12_000.5,
      nextFollowUpOn: null,
      expectedSigningOn: '2027-03-31',
      priority: 'LOW',
      source: 'EXPO',
      version: lead.version + 1,
    });
    expect(updateLead.segments.map((s) => s.id).sort()).toEqual(
      [String(w.segments.battery.id), String(w.segments.vehicle.id)].sort(),
    );
    const audit = await w.db
      .selectFrom('audit_entry')
      .selectAll()
      .where('entity', '=', 'lead')
      .where('entity_id', '=', Number(lead.id))
      .where('action', '=', 'UPDATE')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(w.users.officerA.id);
    expect(Object.keys(audit.before as object).sort()).toEqual([
      'expected_signing_on',
      'next_follow_up_on',
      'planned_investment',
      'segmentIds',
      'source',
      'title',
    ]);
    expect(audit.before).toMatchObject({
      title: lead.title,
      next_follow_up_on: '2026-12-01',
      source: 'OTHER',
    });
    expect(audit.after).toMatchObject({ next_follow_up_on: null, planned_investment: 12_000.5 });
    const history = (await read(lead.id))!.history;
    expect(history[0]!.changes).toContainEqual({
      field: 'title',
      before: lead.title,
      after: updateLead.title,
    });
  });

  it('answers bad input with a clear error and writes nothing', async () => {
    const lead = await createLead();
    const before = await w.snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x'.repeat(10_000) }, 'title'],
      [{ title: '   ' }, 'title'],
      [{ title: null }, 'title'],
      [{ plannedInvestment: -1 }, 'plannedInvestment'],
      [{ plannedInvestment: 1e12 }, 'plannedInvestment'],
      [{ nextFollowUpOn: '2026-02-30' }, 'nextFollowUpOn'],
      [{ expectedSigningOn: '1900-01-01' }, 'expectedSigningOn'],
      [{ segmentIds: ['999999'] }, 'segmentIds'],
      [{ segmentIds: [String(w.otherChain.segments.vehicle.id)] }, 'segmentIds'],
      [{ ownerId: String(w.users.officerB.id) }, ''],
    ];
    for (const [input, field] of cases) {
      const result = await w.as('managerA', UPDATE, { id: lead.id, version: lead.version, input });
      expect(codeOf(result), JSON.stringify(input)).toBe('VALIDATION');
      if (field) expect(result.errors?.[0]?.extensions?.details).toMatchObject({ field });
      expect(result.errors?.[0]?.message.length).toBeGreaterThan(5);
    }
    // The Date scalar refuses what is not a date at all.
    const scalar = await w.as('officerA', UPDATE, {
      id: lead.id,
      version: lead.version,
      input: { nextFollowUpOn: 'next Tuesday' },
    });
    expect(codeOf(scalar)).toBe('VALIDATION');
    const unknown = await w.as('officerA', UPDATE, { id: '999999', version: 1, input: { title: 'x' } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const forgedId = await w.as('officerA', UPDATE, { id: 'abc', version: 1, input: { title: 'x' } });
    expect(codeOf(forgedId)).toBe('VALIDATION');
    const badActivity = await w.as('officerA', LOG, {
      input: { leadId: lead.id, kind: 'CALL', summary: 'x'.repeat(2001) },
    });
    expect(codeOf(badActivity)).toBe('VALIDATION');
    const blankActivity = await w.as('officerA', LOG, {
      input: { leadId: lead.id, kind: 'CALL', summary: ' ' },
    });
    expect(codeOf(blankActivity)).toBe('VALIDATION');
    const badCreate = await w.as('officerA', CREATE, {
      input: {
        zoneId: String(w.zoneA.id),
        firmId: String((await w.firm()).id),
        title: 'x',
        plannedInvestment: -5,
      },
    });
    expect(codeOf(badCreate)).toBe('VALIDATION');
    expect(await w.snapshot()).toBe(before);
  });

  it("answers NOT_FOUND for another zone's lead, for reads and every write, changing nothing", async () => {
    const foreign = await w.lead({ zoneId: w.zoneB.id, ownerId: w.users.officerB.id, title: 'B 区线索' });
    const id = String(foreign.id);
    expect(await read(id)).toBeNull();
    const before = await w.snapshot();
    const writes = [
      w.as('officerA', UPDATE, { id, version: 1, input: { title: 'x' } }),
      w.as('officerA', MOVE, { id, version: 1, stage: 'CONTACTED' }),
      w.as('officerA', LOG, { input: { leadId: id, kind: 'CALL', summary: '电话' } }),
      w.as('officerA', DELETE, { id, version: 1 }),
      w.as('managerA', RESTORE, { id }),
      w.as('managerA', REASSIGN, { ids: [id], ownerId: String(w.users.officerA.id) }),
      w.as('managerA', UPDATE, { id, version: 1, input: { ownerId: String(w.users.officerA.id) } }),
    ];
    for (const result of await Promise.all(writes))
      expect(codeOf(result), JSON.stringify(result)).toBe('NOT_FOUND');
    expect(await w.snapshot()).toBe(before);
    // Its own zone's officer sees it.
    expect((await w.ok<{ lead: { id: string } }>('officerB', LEAD, { id })).lead.id).toBe(id);
  });

  it('lets analysts and leaders read but not write, and refuses read-only API tokens', async () => {
    const lead = await createLead();
    expect((await read(lead.id, 'analystA'))?.id).toBe(lead.id);
    const before = await w.snapshot();
    for (const role of ['analystA', 'leaderA'] as const) {
      expect(codeOf(await w.as(role, MOVE, { id: lead.id, version: lead.version, stage: 'CONTACTED' }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await w.as(role, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'x' } }))).toBe(
        'FORBIDDEN',
      );
    }
    const created = await w.ok<{ createApiToken: { token: string } }>(
      'officerA',
      `mutation { createApiToken(input: { name: "只读", scope: READ }) { token } }`,
    );
    const token = created.createApiToken.token;
    const viaToken = await graphql(w.app, MOVE, {
      token,
      variables: { id: lead.id, version: lead.version, stage: 'CONTACTED' },
    });
    expect(codeOf(viaToken)).toBe('FORBIDDEN');
    const readViaToken = await graphql<{ lead: { id: string } }>(w.app, LEAD, {
      token,
      variables: { id: lead.id },
    });
    expect(readViaToken.data?.lead.id).toBe(lead.id);
    const tokenRows = await w.db.selectFrom('api_token').select('id').execute();
    await w.db
      .deleteFrom('api_token')
      .where(
        'id',
        'in',
        tokenRows.map((t) => t.id),
      )
      .execute();
    expect(await w.snapshot()).toBe(before);
  });

  it('logs an activity: the timeline, last activity, next follow-up and a version bump, audited', async () => {
    const lead = await createLead();
    const logged = await w.ok<{ logLeadActivity: { id: string; summary: string; author: { id: string } } }>(
      'officerA',
      LOG,
      {
        input: {
          leadId: lead.id,
          kind: 'VISIT',
          summary: '<img src=x onerror=alert(1)> 实地考察',
          nextFollowUpOn: '2026-12-24',
        },
      },
    );
    expect(logged.logLeadActivity).toMatchObject({
      summary: '<img src=x onerror=alert(1)> 实地考察',
      author: { id: String(w.users.officerA.id) },
    });
    const after = (
      await w.ok<{ lead: Full & { activities: { kind: string; summary: string }[] } }>(
        'officerA',
        `query ($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} activities { kind summary } history { action changes { field before after } } } }`,
        { id: lead.id },
      )
    ).lead;
    expect(after.activities).toEqual([{ kind: 'VISIT', summary: '<img src=x onerror=alert(1)> 实地考察' }]);
    expect(after.lastActivityAt).not.toBeNull();
    expect(after.nextFollowUpOn).toBe('2026-12-24');
    expect(after.version).toBe(lead.version + 1);
    expect(after.history[0]!.action).toBe('LOG_ACTIVITY');
    expect(after.history[0]!.changes).toContainEqual({
      field: 'nextFollowUpOn',
      before: null,
      after: '2026-12-24',
    });
  });
});
