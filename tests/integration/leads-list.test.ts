import { createApp } from '@lianzhao/api';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog, testConfig } from '../support/http-client';
import { addDays, shanghaiToday } from '../support/shanghai-dates';
import { TEST_DATABASE_KIND } from '../support/test-database';
import { codeOf, createLeadsWorld, type LeadsWorld } from './leads-fixtures';

const LIST = `query ($filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
  leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id plannedInvestment nextFollowUpOn stage priority createdAt updatedAt firm { name } } }
  }
}`;
type Node = {
  id: string;
  plannedInvestment: number | null;
  nextFollowUpOn: string | null;
  stage: string;
  priority: string;
  createdAt: string;
  updatedAt: string;
  firm: { name: string };
};
type Listed = {
  leads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
  };
};
const BOARD = `query ($filter: LeadFilter) { leadBoard(filter: $filter) { columns { stage count plannedInvestmentTotal } } }`;
const DAY = 86_400_000;

describe(`leads list: filters, search, board, order and pages (${TEST_DATABASE_KIND})`, () => {
  let w: LeadsWorld;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    w = await createLeadsWorld();
    const today = shanghaiToday();
    const old = new Date(Date.now() - 40 * DAY);
    const byd = await w.firm('比亚迪汽车有限公司', '91440300MA5FXYKR45');
    const catl = await w.firm('宁德时代新能源', '91350900MA2YBF7X13');
    const l1 = await w.lead({
      firmId: byd.id,
      title: '整车基地',
      source: 'EXPO',
      priority: 'HIGH',
      plannedInvestment: 100,
      nextFollowUpOn: today,
      lastActivityAt: new Date(),
      segmentIds: [w.segments.vehicle.id],
    });
    const l2 = await w.lead({
      firmId: catl.id,
      title: '电池项目',
      stage: 'CONTACTED',
      ownerId: w.users.officer2A.id,
      source: 'FUND',
      priority: 'LOW',
      nextFollowUpOn: addDays(today, -1),
      createdAt: old,
      segmentIds: [w.segments.battery.id],
    });
    const l3 = await w.lead({
      title: '材料 <合作>',
      stage: 'NEGOTIATING',
      plannedInvestment: 300,
      nextFollowUpOn: addDays(today, 1),
      segmentIds: [w.otherChain.segments.cathode.id],
    });
    const l4 = await w.lead({
      stage: 'SIGNED',
      nextFollowUpOn: addDays(today, -3),
      createdAt: old,
      plannedInvestment: 50,
    });
    const l5 = await w.lead({
      zoneId: w.zoneB.id,
      firmId: (await w.firm('比亚迪B区分公司')).id,
      ownerId: w.users.officerB.id,
      title: '整车基地',
    });
    Object.assign(id, { l1: l1.id, l2: l2.id, l3: l3.id, l4: l4.id, l5: l5.id, byd: byd.id });
    for (const key of Object.keys(id)) id[key] = String(id[key]);
  });
  afterAll(() => w.close());

  const ids = async (filter: Record<string, unknown>, role: 'officerA' | 'officer2A' = 'officerA') => {
    const data = await w.ok<Listed>(role, LIST, { filter, first: 200 });
    const found = data.leads.edges.map((e) => e.node.id).sort();
    expect(data.leads.totalCount).toBe(found.length);
    return found;
  };
  const set = (...keys: string[]) => keys.map((k) => id[k]!).sort();

  it('filters by each field of LeadFilter', async () => {
    expect(await ids({})).toEqual(set('l1', 'l2', 'l3', 'l4'));
    expect(await ids({ stages: ['CONTACTED', 'NEGOTIATING'] })).toEqual(set('l2', 'l3'));
    expect(await ids({ ownerId: String(w.users.officer2A.id) })).toEqual(set('l2'));
    expect(await ids({ mine: true }, 'officer2A')).toEqual(set('l2'));
    expect(await ids({ firmId: id.byd })).toEqual(set('l1'));
    expect(await ids({ chainId: String(w.chain.id) })).toEqual(set('l1', 'l2'));
    expect(await ids({ chainId: String(w.otherChain.chain.id) })).toEqual(set('l3'));
    expect(await ids({ segmentId: String(w.segments.battery.id) })).toEqual(set('l2'));
    expect(await ids({ sources: ['EXPO', 'FUND'] })).toEqual(set('l1', 'l2'));
    expect(await ids({ priorities: ['HIGH'] })).toEqual(set('l1'));
    expect(await ids({ stalled: true })).toEqual(set('l2'));
    expect(await ids({ stalled: false })).toEqual(set('l1', 'l3', 'l4'));
    // Follow-ups count for open leads only: the signed l4's old date is no reminder.
    expect(await ids({ followUp: 'DUE_TODAY' })).toEqual(set('l1'));
    expect(await ids({ followUp: 'OVERDUE' })).toEqual(set('l2'));
    expect(await ids({ followUp: 'DUE' })).toEqual(set('l1', 'l2'));
    expect(await ids({ zoneId: String(w.zoneA.id), stages: ['LEAD'], priorities: ['HIGH'] })).toEqual(
      set('l1'),
    );
  });

  it('searches title, firm name, pinyin initials and USCC, never as a pattern', async () => {
    expect(await ids({ search: '整车' })).toEqual(set('l1'));
    expect(await ids({ search: '宁德' })).toEqual(set('l2'));
    expect(await ids({ search: 'byd' })).toEqual(set('l1'));
    expect(await ids({ search: 'BYD' })).toEqual(set('l1'));
    expect(await ids({ search: 'ndsd' })).toEqual(set('l2'));
    expect(await ids({ search: '91440300ma5f' })).toEqual(set('l1'));
    expect(await ids({ search: ' 91350900MA2YBF7X13 ' })).toEqual(set('l2'));
    expect(await ids({ search: '<合作>' })).toEqual(set('l3'));
    expect(await ids({ search: '%' })).toEqual([]);
    expect(await ids({ search: '_' })).toEqual([]);
    expect(await ids({ search: "'; DROP TABLE lead; --" })).toEqual([]);
  });

  it("never lists another zone's leads and refuses another zone's filter", async () => {
    expect(await ids({ search: '比亚迪' })).toEqual(set('l1'));
    const foreign = await w.as('officerA', LIST, { filter: { zoneId: String(w.zoneB.id) } });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const board = await w.as('officerA', BOARD, { filter: { zoneId: String(w.zoneB.id) } });
    expect(codeOf(board)).toBe('FORBIDDEN');
  });

  it('gives the board one column per stage in pipeline order with counts and planned totals', async () => {
    const data = await w.ok<{
      leadBoard: { columns: { stage: string; count: number; plannedInvestmentTotal: number }[] };
    }>('officerA', BOARD);
    expect(data.leadBoard.columns).toEqual([
      { stage: 'LEAD', count: 1, plannedInvestmentTotal: 100 },
      { stage: 'CONTACTED', count: 1, plannedInvestmentTotal: 0 },
      { stage: 'VISITED', count: 0, plannedInvestmentTotal: 0 },
      { stage: 'NEGOTIATING', count: 1, plannedInvestmentTotal: 300 },
      { stage: 'SIGNED', count: 1, plannedInvestmentTotal: 50 },
      { stage: 'PAUSED', count: 0, plannedInvestmentTotal: 0 },
      { stage: 'LOST', count: 0, plannedInvestmentTotal: 0 },
    ]);
    const mine = await w.ok<{ leadBoard: { columns: { stage: string; count: number }[] } }>(
      'officer2A',
      BOARD,
      {
        filter: { mine: true },
      },
    );
    expect(mine.leadBoard.columns.filter((c) => c.count > 0)).toEqual([
      { stage: 'CONTACTED', count: 1, plannedInvestmentTotal: 0 },
    ]);
  });

  describe('ordering and keyset pages', () => {
    const all: Node[] = [];
    beforeAll(async () => {
      // Zone B: 40 leads with ties everywhere (same timestamps, amounts, dates, names, missing values).
      const stamp = new Date('2026-10-01T08:00:00.123Z');
      const stages = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'PAUSED', 'SIGNED', 'LOST'];
      const priorities = ['HIGH', 'MEDIUM', 'LOW'];
      for (let n = 0; n < 40; n++) {
        const firm = await w.firm(`排序企业${n % 6}`);
        const lead = await w.lead({
          zoneId: w.zoneB.id,
          firmId: firm.id,
          ownerId: w.users.officerB.id,
          stage: stages[n % 7],
          lostReason: stages[n % 7] === 'LOST' ? '测试' : null,
          priority: priorities[n % 3],
          plannedInvestment: n % 4 === 0 ? null : (n % 5) * 100,
          nextFollowUpOn: n % 3 === 0 ? null : `2026-12-0${(n % 4) + 1}`,
          ...(n % 2 === 0 ? { createdAt: stamp } : {}),
        });
        expect(lead.id).toBeGreaterThan(0);
      }
      const data = await w.ok<Listed>('officerB', LIST, { first: 200 });
      all.push(...data.leads.edges.map((e) => e.node));
      expect(all).toHaveLength(41);
    });

    const rank = {
      STAGE: ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'PAUSED', 'LOST'],
      PRIORITY: ['LOW', 'MEDIUM', 'HIGH'],
    };
    const keyOf = (field: string, direction: string, node: Node): string | number => {
      switch (field) {
        case 'UPDATED_AT':
          return Date.parse(node.updatedAt);
        case 'CREATED_AT':
          return Date.parse(node.createdAt);
        case 'NEXT_FOLLOW_UP_ON':
          return node.nextFollowUpOn ?? (direction === 'ASC' ? '9999-12-31' : '0001-01-01');
        case 'PLANNED_INVESTMENT':
          return node.plannedInvestment ?? (direction === 'ASC' ? 1e18 : -1);
        case 'STAGE':
          return rank.STAGE.indexOf(node.stage);
        case 'PRIORITY':
          return rank.PRIORITY.indexOf(node.priority);
        default:
          return node.firm.name;
      }
    };

    for (const field of [
      'UPDATED_AT',
      'CREATED_AT',
      'NEXT_FOLLOW_UP_ON',
      'PLANNED_INVESTMENT',
      'FIRM_NAME',
      'STAGE',
      'PRIORITY',
    ]) {
      for (const direction of ['ASC', 'DESC']) {
        it(`pages ${field} ${direction} without skipping or repeating a lead`, async () => {
          const seen: Node[] = [];
          let after: string | null = null;
          for (let page = 0; page < 20; page++) {
            const data: Listed = await w.ok<Listed>('officerB', LIST, {
              orderBy: { field, direction },
              first: 7,
              after,
            });
            expect(data.leads.totalCount).toBe(41);
            seen.push(...data.leads.edges.map((e) => e.node));
            if (!data.leads.pageInfo.hasNextPage) break;
            after = data.leads.pageInfo.endCursor;
          }
          expect(seen.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
          const sign = direction === 'ASC' ? 1 : -1;
          for (let i = 1; i < seen.length; i++) {
            const [a, b] = [keyOf(field, direction, seen[i - 1]!), keyOf(field, direction, seen[i]!)];
            if (field === 'FIRM_NAME' || a === b) continue; // collation-dependent, or a tie (checked below)
            expect(a < b ? sign : -sign, `${field} ${direction} at ${i}`).toBe(1);
          }
          if (!['UPDATED_AT', 'CREATED_AT', 'FIRM_NAME'].includes(field)) {
            // Exact keys: ties are broken by id in the same direction.
            for (let i = 1; i < seen.length; i++) {
              if (keyOf(field, direction, seen[i - 1]!) !== keyOf(field, direction, seen[i]!)) continue;
              expect(Number(seen[i]!.id) - Number(seen[i - 1]!.id)).toSatisfy((d: number) => d * sign > 0);
            }
          }
        });
      }
    }

    it('still counts the whole filter on an empty page after the last lead', async () => {
      const whole = await w.ok<Listed>('officerB', LIST, { first: 41 });
      expect(whole.leads.pageInfo.hasNextPage).toBe(false);
      const past = await w.ok<Listed>('officerB', LIST, { first: 5, after: whole.leads.pageInfo.endCursor });
      expect(past.leads.edges).toEqual([]);
      expect(past.leads.totalCount).toBe(41);
    });

    it('refuses a cursor of another order and a forged one', async () => {
      const first = await w.ok<Listed>('officerB', LIST, { first: 3 });
      const other = await w.as('officerB', LIST, {
        orderBy: { field: 'FIRM_NAME', direction: 'ASC' },
        after: first.leads.pageInfo.endCursor,
      });
      expect(codeOf(other)).toBe('VALIDATION');
      const forged = Buffer.from(
        JSON.stringify(['UPDATED_AT', 'DESC', "now'); DROP TABLE lead; --", 1]),
      ).toString('base64url');
      expect(codeOf(await w.as('officerB', LIST, { after: forged }))).toBe('VALIDATION');
    });
  });
});

describe(`leads list: a page costs a constant number of statements (${TEST_DATABASE_KIND})`, () => {
  let w: LeadsWorld;
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements++;
      return args.result;
    },
  };

  beforeAll(async () => {
    w = await createLeadsWorld({
      app: (db) => createApp({ db: db.withPlugin(counter), config: testConfig(), log: silentLog }),
    });
    const owners = [w.users.officerA.id, w.users.officer2A.id, w.users.managerA.id];
    for (let n = 0; n < 100; n++) {
      await w.lead({
        ownerId: owners[n % 3]!,
        lastActivityAt: n % 2 ? new Date() : null,
        segmentIds: n % 2 ? [w.segments.vehicle.id, w.segments.battery.id] : [w.segments.cathode.id],
      });
    }
  });
  afterAll(() => w.close());

  const PAGE = `query ($first: Int) {
    leads(first: $first) {
      totalCount
      edges { node { id title lastActivityAt stalled followUpStatus firm { id name } owner { id displayName } segments { id name } } }
    }
  }`;
  const cost = async (query: string, variables: Record<string, unknown> = {}) => {
    statements = 0;
    await w.ok('officerA', query, variables);
    return statements;
  };

  // The target (#9): the page with its total (one statement), then one each for firms,
  // owners and segments.
  const TARGET = `query ($first: Int) {
    leads(first: $first) {
      totalCount
      edges { node { id title lastActivityAt firm { id name } owner { id displayName } segments { id name } } }
    }
  }`;
  it('costs the same for 10 and 100 leads with firm, owner, segments and last activity, at most 4', async () => {
    const baseline = await cost('{ __typename }'); // authentication's own statements
    const ten = await cost(TARGET, { first: 10 });
    const hundred = await cost(TARGET, { first: 100 });
    expect(hundred).toBe(ten);
    expect(hundred - baseline).toBeLessThanOrEqual(4);
    expect(hundred - baseline).toBeGreaterThan(0);
  });

  // `stalled` needs the zone's threshold: one more statement (the zone loader), still constant.
  it('costs the same for 10 and 100 leads with stalled and follow-up status too, at most 5', async () => {
    const baseline = await cost('{ __typename }');
    const ten = await cost(PAGE, { first: 10 });
    const hundred = await cost(PAGE, { first: 100 });
    expect(hundred).toBe(ten);
    expect(hundred - baseline).toBeLessThanOrEqual(5);
    expect(hundred - baseline).toBeGreaterThan(0);
  });
});
