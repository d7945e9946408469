import type { Transaction } from 'kysely';
import type { Database, LeadRow } from '../../db/schema';
import type { LEAD_PRIORITIES, LEAD_SOURCES, LEAD_STAGES } from '../../leads/lead-enums';
import { type ChangeRecorder, changedMeanwhile } from '../change-recorder';
import { ensureFirm, type FirmRef, FirmResolver } from '../firm-resolver';
import type { ColumnSpec } from '../import-columns';
import type { ImportKindHandler, RowStep } from '../import-kind';
import { resolveSegments, resolveUser } from '../import-lookups';
import { addSegments, findZoneLeadsOfFirms, nextVersion, segmentIdsOf } from '../import-writes.repository';
import { parseChoice } from '../parse-values';
import type { RowError } from '../row-reader';

type Stage = (typeof LEAD_STAGES)[number];

export interface LeadImportRow {
  firm: FirmRef;
  title: string;
  stage: Stage | null;
  lostReason: string | null;
  source: (typeof LEAD_SOURCES)[number] | null;
  priority: (typeof LEAD_PRIORITIES)[number] | null;
  plannedInvestment: number | null;
  nextFollowUpOn: string | null;
  expectedSigningOn: string | null;
  ownerId: number | null;
  segmentIds: number[];
}

const COLUMNS: ColumnSpec[] = [
  {
    key: 'firmName',
    headers: ['企业名称', '目标企业', '企业', '公司名称', 'firm', 'firm name', 'company'],
    required: true,
  },
  { key: 'uscc', headers: ['统一社会信用代码', '社会信用代码', '信用代码', 'USCC'] },
  { key: 'title', headers: ['线索名称', '项目名称', '线索', '标题', 'title', 'lead'] },
  { key: 'stage', headers: ['阶段', '进展阶段', '状态', 'stage'] },
  { key: 'lostReason', headers: ['终止原因', '流失原因', 'lost reason'] },
  { key: 'source', headers: ['来源', '线索来源', '招商方式', 'source'] },
  { key: 'priority', headers: ['优先级', '重要程度', 'priority'] },
  { key: 'plannedInvestment', headers: ['计划投资', '拟投资额', '投资额', '意向投资', 'planned investment'] },
  {
    key: 'nextFollowUpOn',
    headers: ['下次跟进日期', '下次跟进', '跟进日期', 'next follow-up', 'next follow up'],
  },
  { key: 'expectedSigningOn', headers: ['预计签约日期', '预计签约时间', '预计签约', 'expected signing'] },
  { key: 'owner', headers: ['负责人', '招商专员', '跟进人', 'owner'] },
  { key: 'segments', headers: ['所属环节', '拟补环节', '环节', 'segments', 'segment'] },
];

export const STAGE_LABELS: Record<Stage, readonly string[]> = {
  LEAD: ['线索', 'lead'],
  CONTACTED: ['接洽', '已接洽', 'contacted'],
  VISITED: ['考察', '已考察', 'visited'],
  NEGOTIATING: ['洽谈', '洽谈中', 'negotiating'],
  SIGNED: ['签约', '已签约', 'signed'],
  PAUSED: ['暂缓', 'paused'],
  LOST: ['终止', '已终止', 'lost'],
};
const SOURCE_LABELS: Record<(typeof LEAD_SOURCES)[number], readonly string[]> = {
  ANCHOR_REFERRAL: ['以商招商', '链主推荐', 'anchor referral'],
  EXPO: ['展会', '展会招商', 'expo'],
  AGENCY: ['中介', '中介招商', 'agency'],
  FUND: ['基金招商', '基金', 'fund'],
  INBOUND: ['上门', '主动上门', 'inbound'],
  OTHER: ['其他', 'other'],
};
const PRIORITY_LABELS: Record<(typeof LEAD_PRIORITIES)[number], readonly string[]> = {
  HIGH: ['高', 'high'],
  MEDIUM: ['中', 'medium'],
  LOW: ['低', 'low'],
};

export const leadImport: ImportKindHandler<LeadImportRow> = {
  kind: 'LEAD',
  columns: COLUMNS,

  readRow(reader, scope) {
    const firmName = reader.text('firmName', { required: true, max: 200 });
    const uscc = reader.uscc('uscc');
    const stage = reader.parsed('stage', (t) => parseChoice(t, STAGE_LABELS, 'stage'));
    const lostReason = reader.text('lostReason', { max: 500 });
    if (stage === 'LOST' && !lostReason) reader.fail('lostReason', '', 'a lost lead needs its reason');
    const ownerName = reader.text('owner', { max: 100 });
    let ownerId: number | null = null;
    if (ownerName) {
      const ids = resolveUser(scope.lookups, ownerName);
      if (ids.length === 1) ownerId = ids[0] as number;
      else
        reader.fail(
          'owner',
          ownerName,
          ids.length ? 'several users have this name: use the email' : 'no such user',
        );
    }
    const value: LeadImportRow = {
      firm: { name: firmName ?? '', uscc },
      title: reader.text('title', { max: 200 }) ?? firmName ?? '',
      stage,
      lostReason,
      source: reader.parsed('source', (t) => parseChoice(t, SOURCE_LABELS, 'source')),
      priority: reader.parsed('priority', (t) => parseChoice(t, PRIORITY_LABELS, 'priority')),
      plannedInvestment: reader.amount('plannedInvestment'),
      nextFollowUpOn: reader.date('nextFollowUpOn'),
      expectedSigningOn: reader.date('expectedSigningOn'),
      ownerId,
      segmentIds: resolveSegments(scope.lookups, reader.list('segments'), (v, reason) =>
        reader.fail('segments', v, reason),
      ),
    };
    return reader.errors.length ? null : value;
  },

  async plan(rows, scope) {
    const errors: RowError[] = [];
    const resolver = await FirmResolver.load(
      scope.db,
      rows.map((r) => r.value.firm),
    );
    const firmIds = rows.flatMap((r) => resolver.find(r.value.firm)?.id ?? []);
    const leads = await findZoneLeadsOfFirms(scope.db, scope.zone.id, firmIds);
    const segmentsOf = await segmentIdsOf(
      scope.db,
      'lead_segment',
      leads.map((l) => l.id),
    );
    const seen = new Map<string, number>();
    const newFirms = new Set<string>();
    const steps: RowStep[] = [];
    for (const { row, value } of rows) {
      const firm = resolver.find(value.firm);
      const key = firm ? `id:${firm.id}` : `name:${value.firm.uscc ?? value.firm.name}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          row,
          column: 'firm',
          value: value.firm.name,
          reason: `row ${first} already has a lead for this firm`,
        });
        continue;
      }
      seen.set(key, row);
      const existing = firm
        ? (leads.find((l) => l.firm_id === firm.id && l.title === value.title) ??
          leads.find((l) => l.firm_id === firm.id && !['SIGNED', 'LOST'].includes(l.stage)))
        : undefined;
      if (!existing) {
        if (!firm) newFirms.add(key);
        steps.push({
          row,
          action: 'CREATE',
          label: value.title,
          apply: (trx, rec) => createLead(trx, rec, scope.zone.id, scope.actorId, value),
        });
        continue;
      }
      const changes = leadChanges(existing, value);
      const newSegments = value.segmentIds.filter((id) => !segmentsOf.get(existing.id)?.has(id));
      steps.push(
        changes || newSegments.length
          ? {
              row,
              action: 'UPDATE',
              label: value.title,
              apply: (trx, rec) => updateLead(trx, rec, existing, changes ?? {}, newSegments, scope.actorId),
            }
          : { row, action: 'UNCHANGED', label: value.title, apply: () => Promise.resolve() },
      );
    }
    return { steps, errors, duplicates: [], firmsToCreate: newFirms.size };
  },
};

type LeadChanges = Partial<
  Pick<
    LeadRow,
    | 'title'
    | 'stage'
    | 'lost_reason'
    | 'source'
    | 'priority'
    | 'planned_investment'
    | 'next_follow_up_on'
    | 'expected_signing_on'
    | 'owner_id'
  >
>;

function leadChanges(lead: LeadRow, value: LeadImportRow): LeadChanges | null {
  const wanted: LeadChanges = {
    title: value.title,
    ...(value.stage ? { stage: value.stage } : {}),
    ...(value.lostReason ? { lost_reason: value.lostReason } : {}),
    ...(value.source ? { source: value.source } : {}),
    ...(value.priority ? { priority: value.priority } : {}),
    ...(value.plannedInvestment !== null ? { planned_investment: value.plannedInvestment } : {}),
    ...(value.nextFollowUpOn ? { next_follow_up_on: value.nextFollowUpOn } : {}),
    ...(value.expectedSigningOn ? { expected_signing_on: value.expectedSigningOn } : {}),
    ...(value.ownerId !== null ? { owner_id: value.ownerId } : {}),
  };
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, v]) => lead[key as keyof LeadChanges] !== v),
  ) as LeadChanges;
  return Object.keys(changes).length ? changes : null;
}

async function createLead(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  zoneId: number,
  userId: number | null,
  value: LeadImportRow,
) {
  const firm = await ensureFirm(trx, recorder, value.firm, null);
  const stage = value.stage ?? 'LEAD';
  const lead = await trx
    .insertInto('lead')
    .values({
      zone_id: zoneId,
      firm_id: firm.id,
      title: value.title,
      stage,
      lost_reason: value.lostReason,
      source: value.source ?? 'OTHER',
      priority: value.priority ?? 'MEDIUM',
      planned_investment: value.plannedInvestment,
      next_follow_up_on: value.nextFollowUpOn,
      expected_signing_on: value.expectedSigningOn,
      owner_id: value.ownerId ?? userId,
      created_by_id: userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await addSegments(trx, 'lead_segment', lead.id, value.segmentIds);
  await trx
    .insertInto('lead_stage_change')
    .values({ lead_id: lead.id, from_stage: null, to_stage: stage, changed_by_id: userId, note: 'import' })
    .execute();
  await recorder.created(trx, 'lead', lead);
}

async function updateLead(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  before: LeadRow,
  changes: LeadChanges,
  newSegments: number[],
  userId: number | null,
) {
  const after = await trx
    .updateTable('lead')
    .set({ ...changes, version: nextVersion, updated_at: new Date() })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw changedMeanwhile('lead', before.id, before.title);
  await addSegments(trx, 'lead_segment', before.id, newSegments);
  if (changes.stage && changes.stage !== before.stage) {
    await trx
      .insertInto('lead_stage_change')
      .values({
        lead_id: before.id,
        from_stage: before.stage,
        to_stage: changes.stage,
        changed_by_id: userId,
        note: 'import',
      })
      .execute();
  }
  await recorder.updated(trx, 'lead', before, { ...after, addedSegmentIds: newSegments });
}
