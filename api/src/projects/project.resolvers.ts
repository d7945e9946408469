import { decodeCursor, pageSize, toConnection } from '../graphql/connection';
import type {
  Resolvers,
  UpdateProjectInput as UpdateProjectArgs,
} from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { recordMilestone } from './milestone.service';
import { submitProgressReport } from './progress-report.service';
import { listProjects, missingReports, myAccountableProjects } from './project.service';
import { type UpdateProjectInput, updateProject } from './project-update.service';
import { ragRulesOf, setZoneRagRules } from './rag-rules.service';

const optionalId = (value: string | number | null | undefined, field: string) =>
  value == null ? undefined : parseId(value, field);

export const projectResolvers: Resolvers = {
  Query: {
    project: (_parent, { id }, ctx) => ctx.loaders.project.load(parseId(id)),
    projects: async (_parent, { filter, first, after }, ctx) => {
      const size = pageSize(first);
      const { rows, totalCount, totals } = await listProjects(
        ctx,
        {
          zoneId: optionalId(filter?.zoneId, 'zoneId'),
          ragStatuses: filter?.ragStatuses ?? undefined,
          accountableLeaderId: optionalId(filter?.accountableLeaderId, 'accountableLeaderId'),
          responsibleUnit: filter?.responsibleUnit ?? undefined,
          chainId: optionalId(filter?.chainId, 'chainId'),
          milestoneLate: filter?.milestoneLate ?? undefined,
          search: filter?.search ?? undefined,
        },
        { first: size, afterId: decodeCursor(after) },
      );
      return { ...toConnection(rows, size, totalCount), totals };
    },
    missingReports: (_parent, { zoneId, isoWeek }, ctx) =>
      missingReports(ctx, parseId(zoneId, 'zoneId'), isoWeek ?? undefined),
    myAccountableProjects: (_parent, _args, ctx) => myAccountableProjects(ctx),
    ragRules: (_parent, { zoneId }, ctx) => ragRulesOf(ctx, parseId(zoneId, 'zoneId')),
  },
  Mutation: {
    setZoneRagRules: (_parent, { zoneId, rules }, ctx) =>
      setZoneRagRules(ctx, parseId(zoneId, 'zoneId'), rules),
    updateProject: (_parent, { id, version, input }, ctx) =>
      updateProject(ctx, parseId(id), version, projectPatchOf(input)),
    recordMilestone: (_parent, args, ctx) =>
      recordMilestone(ctx, {
        projectId: parseId(args.projectId, 'projectId'),
        kind: args.kind,
        // A missing argument leaves the value; an explicit null clears it.
        ...('plannedOn' in args ? { plannedOn: args.plannedOn ?? null } : {}),
        ...('actualOn' in args ? { actualOn: args.actualOn ?? null } : {}),
        ...('note' in args ? { note: args.note ?? null } : {}),
        version: args.version ?? null,
      }),
    submitProgressReport: (_parent, args, ctx) =>
      submitProgressReport(ctx, {
        projectId: parseId(args.projectId, 'projectId'),
        isoWeek: args.isoWeek ?? null,
        progressPercent: args.progressPercent ?? null,
        progress: args.progress ?? null,
        problems: args.problems ?? null,
        supportNeeded: args.supportNeeded ?? null,
      }),
  },
};

const PLAIN_FIELDS = [
  'name',
  'totalInvestment',
  'fixedAssetInvestment',
  'investmentToDate',
  'landMu',
  'expectedAnnualOutput',
  'expectedAnnualTax',
  'accountableLeaderName',
  'accountableLeaderTitle',
  'responsibleUnit',
  'contactName',
  'contactPhone',
] as const;

/** Keeps GraphQL's distinction between a missing field (unchanged) and null (cleared). */
function projectPatchOf(input: UpdateProjectArgs): UpdateProjectInput {
  const patch: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) if (field in input) patch[field] = input[field] ?? null;
  const result = patch as UpdateProjectInput;
  if ('accountableLeaderId' in input) {
    result.accountableLeaderId = optionalId(input.accountableLeaderId, 'accountableLeaderId') ?? null;
  }
  if ('segmentIds' in input) {
    result.segmentIds = input.segmentIds?.map((id) => parseId(id, 'segmentIds')) ?? null;
  }
  return result;
}
