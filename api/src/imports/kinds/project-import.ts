import type { Transaction, Updateable } from 'kysely';
import type { Database, ProjectTable } from '../../db/schema';
import type { ProjectRow } from '../../projects/project.repository';
import { type ChangeRecorder, changedMeanwhile } from '../change-recorder';
import { ensureFirm, type FirmRef, FirmResolver } from '../firm-resolver';
import type { ColumnSpec } from '../import-columns';
import type { ImportKindHandler, RowStep } from '../import-kind';
import { resolveSegments } from '../import-lookups';
import { addSegments, findZoneProjectsByName, nextVersion, segmentIdsOf } from '../import-writes.repository';
import type { RowError } from '../row-reader';

/** The project columns a ledger row may set (amounts in 万元, land in 亩). */
const FIELDS = {
  totalInvestment: 'total_investment',
  fixedAssetInvestment: 'fixed_asset_investment',
  investmentToDate: 'investment_to_date',
  landMu: 'land_mu',
  expectedAnnualOutput: 'expected_annual_output',
  expectedAnnualTax: 'expected_annual_tax',
  leaderName: 'accountable_leader_name',
  leaderTitle: 'accountable_leader_title',
  responsibleUnit: 'responsible_unit',
  contactName: 'contact_name',
  contactPhone: 'contact_phone',
} as const;
type Field = keyof typeof FIELDS;
const AMOUNTS: Field[] = [
  'totalInvestment',
  'fixedAssetInvestment',
  'investmentToDate',
  'landMu',
  'expectedAnnualOutput',
  'expectedAnnualTax',
];
const TEXTS: Field[] = ['leaderName', 'leaderTitle', 'responsibleUnit', 'contactName', 'contactPhone'];

export interface ProjectImportRow {
  name: string;
  firm: FirmRef;
  values: Partial<Record<Field, number | string>>;
  segmentIds: number[];
}

const COLUMNS: ColumnSpec[] = [
  { key: 'name', headers: ['项目名称', '项目', 'project', 'project name', 'name'], required: true },
  {
    key: 'firmName',
    headers: ['企业名称', '签约企业', '投资主体', '企业', 'firm', 'firm name', 'company'],
    required: true,
  },
  { key: 'uscc', headers: ['统一社会信用代码', '社会信用代码', '信用代码', 'USCC'] },
  { key: 'totalInvestment', headers: ['总投资', '计划总投资', '项目总投资', 'total investment'] },
  { key: 'fixedAssetInvestment', headers: ['固定资产投资', '固投', 'fixed asset investment'] },
  { key: 'investmentToDate', headers: ['到位资金', '累计完成投资', '已完成投资', 'investment to date'] },
  { key: 'landMu', headers: ['用地', '用地面积', '占地', '占地面积', 'land', 'land (mu)'] },
  { key: 'expectedAnnualOutput', headers: ['预计年产值', '达产产值', '年产值', 'expected annual output'] },
  { key: 'expectedAnnualTax', headers: ['预计年税收', '达产税收', '年税收', 'expected annual tax'] },
  { key: 'leaderName', headers: ['挂点领导', '包联领导', '责任领导', 'accountable leader', 'leader'] },
  { key: 'leaderTitle', headers: ['领导职务', '挂点领导职务', 'leader title'] },
  { key: 'responsibleUnit', headers: ['责任单位', '牵头单位', 'responsible unit'] },
  { key: 'contactName', headers: ['联系人', 'contact', 'contact name'] },
  { key: 'contactPhone', headers: ['联系电话', '电话', 'phone', 'contact phone'] },
  { key: 'segments', headers: ['所属环节', '环节', 'segments', 'segment'] },
];

export const projectImport: ImportKindHandler<ProjectImportRow> = {
  kind: 'PROJECT',
  columns: COLUMNS,

  readRow(reader, scope) {
    const name = reader.text('name', { required: true, max: 200 });
    const firmName = reader.text('firmName', { required: true, max: 200 });
    const values: ProjectImportRow['values'] = {};
    for (const field of AMOUNTS) {
      const amount = reader.amount(field);
      if (amount !== null) values[field] = amount;
    }
    for (const field of TEXTS) {
      const text = reader.text(field, { max: 200 });
      if (text !== null) values[field] = text;
    }
    const value: ProjectImportRow = {
      name: name ?? '',
      firm: { name: firmName ?? '', uscc: reader.uscc('uscc') },
      values,
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
    const projects = await findZoneProjectsByName(scope.db, scope.zone.id, [
      ...new Set(rows.map((r) => r.value.name)),
    ]);
    const segmentsOf = await segmentIdsOf(
      scope.db,
      'project_segment',
      projects.map((p) => p.id),
    );
    const seen = new Map<string, number>();
    const newFirms = new Set<string>();
    const steps: RowStep[] = [];
    for (const { row, value } of rows) {
      const first = seen.get(value.name);
      if (first !== undefined) {
        errors.push({
          row,
          column: 'name',
          value: value.name,
          reason: `row ${first} has a project of the same name`,
        });
        continue;
      }
      seen.set(value.name, row);
      const firm = resolver.find(value.firm);
      const existing = projects.find((p) => p.name === value.name);
      if (!existing) {
        if (!firm) newFirms.add(value.firm.uscc ?? value.firm.name);
        steps.push({
          row,
          action: 'CREATE',
          label: value.name,
          apply: (trx, rec) => createProject(trx, rec, scope.zone.id, scope.actorId, value),
        });
        continue;
      }
      const changes = projectChanges(existing, value);
      const newSegments = value.segmentIds.filter((id) => !segmentsOf.get(existing.id)?.has(id));
      steps.push(
        changes || newSegments.length
          ? {
              row,
              action: 'UPDATE',
              label: value.name,
              apply: (trx, rec) => updateProject(trx, rec, existing, changes ?? {}, newSegments),
            }
          : { row, action: 'UNCHANGED', label: value.name, apply: () => Promise.resolve() },
      );
    }
    return { steps, errors, duplicates: [], firmsToCreate: newFirms.size };
  },
};

// Amount fields hold numbers and text fields strings (see readRow); the map keeps the two together.
type ProjectChanges = Partial<Pick<Updateable<ProjectTable>, (typeof FIELDS)[Field]>>;

function projectChanges(project: ProjectRow, value: ProjectImportRow): ProjectChanges | null {
  const changes: ProjectChanges = {};
  for (const [field, v] of Object.entries(value.values) as [Field, number | string][]) {
    const column = FIELDS[field];
    if (project[column] !== v) (changes as Record<string, number | string>)[column] = v;
  }
  return Object.keys(changes).length ? changes : null;
}

async function createProject(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  zoneId: number,
  userId: number | null,
  value: ProjectImportRow,
) {
  const firm = await ensureFirm(trx, recorder, value.firm, null);
  const columns = Object.fromEntries(
    Object.entries(value.values).map(([field, v]) => [FIELDS[field as Field], v]),
  ) as ProjectChanges;
  const project = await trx
    .insertInto('project')
    .values({ ...columns, zone_id: zoneId, firm_id: firm.id, name: value.name, created_by_id: userId })
    .returningAll()
    .executeTakeFirstOrThrow();
  await addSegments(trx, 'project_segment', project.id, value.segmentIds);
  await recorder.created(trx, 'project', project);
}

async function updateProject(
  trx: Transaction<Database>,
  recorder: ChangeRecorder,
  before: ProjectRow,
  changes: ProjectChanges,
  newSegments: number[],
) {
  const after = await trx
    .updateTable('project')
    .set({ ...changes, version: nextVersion, updated_at: new Date() })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .where('deleted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw changedMeanwhile('project', before.id, before.name);
  await addSegments(trx, 'project_segment', before.id, newSegments);
  await recorder.updated(trx, 'project', before, { ...after, addedSegmentIds: newSegments });
}
